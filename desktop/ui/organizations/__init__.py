"""建会单位 page: the organizations under this unit."""
