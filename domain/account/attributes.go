package account

import "context"

// Attribute is an account attribute (OBP's), e.g. REQUIRED_CHALLENGE_ANSWERS.
type Attribute struct {
	ID, Name, Type, Value, ProductCode string
}

// Attributes lists the account's attributes.
func (s *Service) Attributes(ctx context.Context, ref Ref) ([]Attribute, error) {
	return s.conn.GetAccountAttributes(ctx, ref)
}

// SetAttribute sets an attribute of an existing account by name: setting it again
// replaces the value.
func (s *Service) SetAttribute(ctx context.Context, ref Ref, a Attribute) (Attribute, error) {
	if _, err := s.conn.GetBankAccount(ctx, ref); err != nil {
		return Attribute{}, err
	}
	return s.conn.CreateOrUpdateAccountAttribute(ctx, ref, a)
}
