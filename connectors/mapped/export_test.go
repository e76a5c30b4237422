package mapped

// UsernameKeySQL lets the black-box tests explain the store's username lookup.
var UsernameKeySQL = usernameKeySQL
