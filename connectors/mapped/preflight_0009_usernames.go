package mapped

import (
	"errors"
	"fmt"
	"strings"

	"gorm.io/gorm"
)

func init() { preflights[9] = refuseUsernamesDifferingOnlyByCase }

// maxCollisionGroups bounds the operator's message; the rest are counted, not listed.
const maxCollisionGroups = 20

type usernameCollision struct {
	ID, Provider, Username, Folded string
}

// refuseUsernamesDifferingOnlyByCase stops migration 0009 before its unique index would
// fail on, or silently bless, two users whose names differ only by case: which of them is
// the real owner of the name is the operator's call, not the migration's.
func refuseUsernamesDifferingOnlyByCase(tx *gorm.DB, engine Engine) error {
	key := usernameKeySQL(engine)
	var rows []usernameCollision
	err := tx.Raw(`SELECT id, provider, username, folded FROM (
			SELECT id, provider, username, ` + key + ` AS folded,
				count(*) OVER (PARTITION BY provider, ` + key + `) AS n
			FROM users) c
		WHERE n > 1 ORDER BY provider, folded, username, id`).Scan(&rows).Error
	if err != nil || len(rows) == 0 {
		return err
	}
	var b strings.Builder
	b.WriteString("usernames are becoming unique regardless of case, and these users' names differ only by case:")
	groups := 0
	for i, r := range rows {
		newGroup := i == 0 || r.Provider != rows[i-1].Provider || r.Folded != rows[i-1].Folded
		if newGroup {
			groups++
		}
		if groups > maxCollisionGroups {
			continue
		}
		if newGroup {
			fmt.Fprintf(&b, "\n  provider %s: ", r.Provider)
		} else {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%q (user id %s)", r.Username, r.ID)
	}
	if groups > maxCollisionGroups {
		fmt.Fprintf(&b, "\n  ... and %d more groups", groups-maxCollisionGroups)
	}
	b.WriteString("\nrename all but one user of each group (UPDATE users SET username = '<new name>' WHERE id = '<user id>'), " +
		"tell them their new username, then run the migration again")
	return errors.New(b.String())
}
