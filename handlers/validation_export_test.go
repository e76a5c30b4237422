package handlers

// ValidateBody runs the request validator the endpoint chain runs for schema over body, for
// the black-box tests that check every area's examples.
func (s *Server) ValidateBody(schema string, body []byte) error {
	return s.validators.validate(schema, body)
}
