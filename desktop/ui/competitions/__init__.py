"""竞赛 page: competitions, events, entrants, teams, results; honours and the honour roll."""
