package mapped

import (
	"context"
	"time"

	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/sca"
)

type challengeRow struct {
	ID            string `gorm:"primaryKey"`
	Purpose       string
	PurposeID     string
	ChallengeType string
	Method        string
	UserID        string
	Status        string
	AnswerHash    string
	Salt          string
	AttemptsLeft  int
	ExpiresAt     time.Time
	CreatedAt     time.Time
	MethodRef     string
	Subject       string
	Evidence      string
}

func (challengeRow) TableName() string { return "challenges" }

func (r challengeRow) toDomain() sca.Challenge {
	return sca.Challenge{ID: r.ID, Purpose: sca.Purpose(r.Purpose), PurposeID: r.PurposeID, ChallengeType: r.ChallengeType,
		Method: r.Method, UserID: r.UserID, Status: sca.Status(r.Status), AnswerHash: r.AnswerHash, Salt: r.Salt,
		AttemptsLeft: r.AttemptsLeft, ExpiresAt: r.ExpiresAt.UTC(), CreatedAt: r.CreatedAt.UTC(),
		MethodRef: r.MethodRef, Subject: r.Subject, Evidence: r.Evidence}
}

var _ sca.Store = (*Store)(nil)

func (s *Store) CreateChallenges(ctx context.Context, cs []sca.Challenge) error {
	if len(cs) == 0 {
		return nil
	}
	rows := make([]challengeRow, len(cs))
	for i, c := range cs {
		rows[i] = challengeRow{ID: c.ID, Purpose: string(c.Purpose), PurposeID: c.PurposeID, ChallengeType: c.ChallengeType,
			Method: c.Method, UserID: c.UserID, Status: string(c.Status), AnswerHash: c.AnswerHash, Salt: c.Salt,
			AttemptsLeft: c.AttemptsLeft, ExpiresAt: c.ExpiresAt, CreatedAt: c.CreatedAt,
			MethodRef: c.MethodRef, Subject: c.Subject, Evidence: c.Evidence}
	}
	return s.db.WithContext(ctx).Create(&rows).Error
}

func (s *Store) GetChallenge(ctx context.Context, id string) (sca.Challenge, error) {
	var r challengeRow
	err := s.db.WithContext(ctx).Where("id = ?", id).Take(&r).Error
	if notFound(err) {
		return sca.Challenge{}, obperr.ChallengeNotFound
	}
	return r.toDomain(), err
}

func (s *Store) ListChallenges(ctx context.Context, purpose sca.Purpose, purposeID string) ([]sca.Challenge, error) {
	var rows []challengeRow
	if err := s.db.WithContext(ctx).Where("purpose = ? AND purpose_id = ?", string(purpose), purposeID).Order("created_at, id").Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]sca.Challenge, len(rows))
	for i, r := range rows {
		out[i] = r.toDomain()
	}
	return out, nil
}

func (s *Store) ListChallengesFor(ctx context.Context, purpose sca.Purpose, purposeIDs []string) ([]sca.Challenge, error) {
	if len(purposeIDs) == 0 {
		return nil, nil
	}
	var rows []challengeRow
	if err := s.db.WithContext(ctx).Where("purpose = ? AND purpose_id IN ?", string(purpose), purposeIDs).Order("created_at, id").Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]sca.Challenge, len(rows))
	for i, r := range rows {
		out[i] = r.toDomain()
	}
	return out, nil
}

// Attempt spends one attempt with a conditional update, so parallel guesses are all
// counted and never exceed the allowance.
func (s *Store) Attempt(ctx context.Context, id string) (int, bool, error) {
	res := s.db.WithContext(ctx).Exec(`UPDATE challenges SET attempts_left = attempts_left - 1
		WHERE id = ? AND status = ? AND attempts_left > 0`, id, string(sca.Pending))
	if res.Error != nil || res.RowsAffected == 0 {
		return 0, false, res.Error
	}
	var left int
	err := scanRaw(s.db.WithContext(ctx), &left, "SELECT attempts_left FROM challenges WHERE id = ?", id)
	return left, err == nil, err
}

func (s *Store) Resolve(ctx context.Context, id string, to sca.Status) (bool, error) {
	res := s.db.WithContext(ctx).Exec("UPDATE challenges SET status = ? WHERE id = ? AND status = ?", string(to), id, string(sca.Pending))
	return res.RowsAffected == 1, res.Error
}

// Decide records a decoupled decision and its evidence if the challenge is still
// PENDING, with one conditional update: of two decisions, one wins.
func (s *Store) Decide(ctx context.Context, id string, to sca.Status, evidence string) (bool, error) {
	res := s.db.WithContext(ctx).Exec("UPDATE challenges SET status = ?, evidence = ? WHERE id = ? AND status = ?",
		string(to), evidence, id, string(sca.Pending))
	return res.RowsAffected == 1, res.Error
}
