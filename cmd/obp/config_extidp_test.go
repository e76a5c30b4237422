package main

import (
	"testing"
	"time"
)

func TestExternalIssuerOptions(t *testing.T) {
	t.Setenv("OBP_OAUTH2_ISSUERS", "https://kc.example.com/realms/a=https://kc.example.com/realms/a/certs, https://hydra.example.com/")
	t.Setenv("OBP_OAUTH2_JWKS_UNKNOWN_KID_REFRESH", "30s")
	var errs []string
	o := externalIssuerOptions(&errs)
	if len(errs) != 0 || len(o.Issuers) != 2 || o.Issuers[1].JWKSURL != "" || o.UnknownKIDEvery != 30*time.Second || o.HTTPTimeout <= 0 {
		t.Fatalf("= %+v, %v", o, errs)
	}
	t.Setenv("OBP_OAUTH2_ISSUERS", "=https://kc.example.com/certs")
	t.Setenv("OBP_OAUTH2_LEEWAY", "soon")
	errs = nil
	externalIssuerOptions(&errs)
	if len(errs) != 2 {
		t.Errorf("errors = %q, want the entry and the leeway refused", errs)
	}
}
