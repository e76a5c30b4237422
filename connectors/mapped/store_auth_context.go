package mapped

import (
	"context"
	"time"

	"gorm.io/gorm"

	"github.com/obp-go/obp/domain/authcontext"
	"github.com/obp-go/obp/domain/obperr"
)

type userAuthContextRow struct {
	ID         string `gorm:"primaryKey"`
	UserID     string
	ConsumerID string
	Key        string
	Value      string
	CreatedAt  time.Time
}

func (userAuthContextRow) TableName() string { return "user_auth_contexts" }

func (r userAuthContextRow) toDomain() authcontext.UserAuthContext {
	return authcontext.UserAuthContext{ID: r.ID, UserID: r.UserID, ConsumerID: r.ConsumerID, Key: r.Key, Value: r.Value,
		CreatedAt: r.CreatedAt.UTC()}
}

type userAuthContextUpdateRow struct {
	ID         string `gorm:"primaryKey"`
	UserID     string
	BankID     string
	ConsumerID string
	Key        string
	Value      string
	Status     string
	CreatedAt  time.Time
}

func (userAuthContextUpdateRow) TableName() string { return "user_auth_context_updates" }

func (r userAuthContextUpdateRow) toDomain() authcontext.Update {
	return authcontext.Update{ID: r.ID, UserID: r.UserID, BankID: r.BankID, ConsumerID: r.ConsumerID, Key: r.Key,
		Value: r.Value, Status: authcontext.Status(r.Status), CreatedAt: r.CreatedAt.UTC()}
}

var _ authcontext.Store = (*Store)(nil)

func (s *Store) UpsertAuthContext(ctx context.Context, c authcontext.UserAuthContext) (authcontext.UserAuthContext, error) {
	var out authcontext.UserAuthContext
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var err error
		out, err = upsertAuthContext(tx, c)
		return err
	})
	return out, err
}

// upsertAuthContext writes c over the user's pair of the same key in one statement, so
// that writers racing on a key leave one row; the pair keeps its id and creation time.
func upsertAuthContext(tx *gorm.DB, c authcontext.UserAuthContext) (authcontext.UserAuthContext, error) {
	err := tx.Exec(`INSERT INTO user_auth_contexts (id, user_id, consumer_id, "key", value, created_at) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (user_id, "key") DO UPDATE SET value = excluded.value, consumer_id = excluded.consumer_id`,
		c.ID, c.UserID, c.ConsumerID, c.Key, c.Value, c.CreatedAt).Error
	if err != nil {
		return authcontext.UserAuthContext{}, err
	}
	var r userAuthContextRow
	err = tx.Where(`user_id = ? AND "key" = ?`, c.UserID, c.Key).Take(&r).Error
	return r.toDomain(), err
}

func (s *Store) ListAuthContexts(ctx context.Context, userID string) ([]authcontext.UserAuthContext, error) {
	var rows []userAuthContextRow
	if err := s.db.WithContext(ctx).Where("user_id = ?", userID).Order(`"key"`).Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]authcontext.UserAuthContext, len(rows))
	for i, r := range rows {
		out[i] = r.toDomain()
	}
	return out, nil
}

func (s *Store) DeleteAuthContexts(ctx context.Context, userID string) error {
	return s.db.WithContext(ctx).Exec("DELETE FROM user_auth_contexts WHERE user_id = ?", userID).Error
}

func (s *Store) DeleteAuthContext(ctx context.Context, userID, id string) error {
	res := s.db.WithContext(ctx).Exec("DELETE FROM user_auth_contexts WHERE id = ? AND user_id = ?", id, userID)
	if res.Error == nil && res.RowsAffected == 0 {
		return obperr.DeleteUserAuthContextNotFound
	}
	return res.Error
}

func (s *Store) CreateAuthContextUpdate(ctx context.Context, u authcontext.Update) error {
	return s.db.WithContext(ctx).Create(&userAuthContextUpdateRow{ID: u.ID, UserID: u.UserID, BankID: u.BankID,
		ConsumerID: u.ConsumerID, Key: u.Key, Value: u.Value, Status: string(u.Status), CreatedAt: u.CreatedAt}).Error
}

func (s *Store) GetAuthContextUpdate(ctx context.Context, id string) (authcontext.Update, error) {
	var r userAuthContextUpdateRow
	err := s.db.WithContext(ctx).Where("id = ?", id).Take(&r).Error
	if notFound(err) {
		return authcontext.Update{}, obperr.UserAuthContextUpdateNotFound
	}
	return r.toDomain(), err
}

// AcceptAuthContextUpdate claims the update with a conditional UPDATE, so that of racing
// correct answers exactly one writes the pair, in the claim's transaction.
func (s *Store) AcceptAuthContextUpdate(ctx context.Context, id string, c authcontext.UserAuthContext) (bool, error) {
	claimed := false
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if ok, err := settleAuthContextUpdate(tx, id, authcontext.Accepted); err != nil || !ok {
			return err
		}
		claimed = true
		_, err := upsertAuthContext(tx, c)
		return err
	})
	return claimed && err == nil, err
}

func (s *Store) RejectAuthContextUpdate(ctx context.Context, id string) (bool, error) {
	return settleAuthContextUpdate(s.db.WithContext(ctx), id, authcontext.Rejected)
}

func settleAuthContextUpdate(tx *gorm.DB, id string, to authcontext.Status) (bool, error) {
	res := tx.Exec("UPDATE user_auth_context_updates SET status = ? WHERE id = ? AND status = ?",
		string(to), id, string(authcontext.Initiated))
	return res.RowsAffected == 1, res.Error
}
