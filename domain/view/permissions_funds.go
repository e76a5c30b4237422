package view

// CanQueryAvailableFunds lets a view answer confirmation-of-funds queries.
const CanQueryAvailableFunds Permission = "can_query_available_funds"
