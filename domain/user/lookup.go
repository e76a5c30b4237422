package user

import "context"

// ByEmail returns a page of the users whose e-mail address is email exactly; none is an
// empty page, not an error (OBP's getUsersByEmail).
func (s *Service) ByEmail(ctx context.Context, email string, limit, offset int) ([]User, error) {
	return s.store.ListUsersByEmail(ctx, email, limit, offset)
}
