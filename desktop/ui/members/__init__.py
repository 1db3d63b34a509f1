"""会员 page: the member register, the entry form, a member's detail and history."""
