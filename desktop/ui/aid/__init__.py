"""帮扶 page: disbursements, approvals, campaigns, group distributions, hardship files, and the totals."""
