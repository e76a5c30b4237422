package main

import (
	"strings"
	"testing"
	"time"
)

func TestDirectDatabaseURLIsParsedAndChecked(t *testing.T) {
	const pooled = "postgres://obp:s3cret@127.0.0.1:6432/obp?default_query_exec_mode=exec"
	const direct = "postgres://obp:s3cret@127.0.0.1:5432/obp"
	t.Setenv("DATABASE_URL", pooled)
	t.Setenv("OBP_DIRECT_DATABASE_URL", direct)
	c, err := loadConfig()
	if err != nil {
		t.Fatal(err)
	}
	if c.Pool.DirectURL != direct || c.DatabaseURL != pooled {
		t.Errorf("DirectURL = %q, DatabaseURL = %q", c.Pool.DirectURL, c.DatabaseURL)
	}

	t.Setenv("OBP_DIRECT_DATABASE_URL", "")
	if c, err := loadConfig(); err != nil || c.Pool.DirectURL != "" {
		t.Errorf("unset: %q, %v", c.Pool.DirectURL, err)
	}

	for _, tc := range []struct{ database, direct, want string }{
		{pooled, "mysql://obp:s3cret@127.0.0.1/obp", "want a postgres:// URL"},
		{pooled, "postgres://", "not a valid URL"},
		{"./data/obp.db", direct, "only when DATABASE_URL is a postgres:// URL"},
		{"", direct, "only when DATABASE_URL is a postgres:// URL"},
	} {
		t.Setenv("DATABASE_URL", tc.database)
		t.Setenv("OBP_DIRECT_DATABASE_URL", tc.direct)
		_, err := loadConfig()
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("DATABASE_URL=%q OBP_DIRECT_DATABASE_URL=%q: error %v, want %q", tc.database, tc.direct, err, tc.want)
		}
		if err != nil && strings.Contains(err.Error(), "s3cret") {
			t.Errorf("the error shows the password: %v", err)
		}
	}
}

func TestReconcileSettingsAreParsed(t *testing.T) {
	t.Setenv("OBP_RECONCILE_AFTER", "3s")
	t.Setenv("OBP_RECONCILE_EVERY", "1s")
	c, err := loadConfig()
	if err != nil {
		t.Fatal(err)
	}
	if c.Payments.ReconcileAfter != 3*time.Second || c.Payments.ReconcileEvery != time.Second {
		t.Errorf("= %v, %v", c.Payments.ReconcileAfter, c.Payments.ReconcileEvery)
	}
	t.Setenv("OBP_RECONCILE_EVERY", "-1s")
	if _, err := loadConfig(); err == nil || !strings.Contains(err.Error(), "OBP_RECONCILE_EVERY") {
		t.Errorf("a negative period: %v", err)
	}
}
