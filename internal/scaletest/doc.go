// Package scaletest is the scale-out test `make scale` runs (scripts/scale.sh): two obp
// processes on one PostgreSQL behind haproxy, driven over HTTP through each process's own
// port and through haproxy, with the database read directly to check the books. Its tests
// are skipped unless the script sets OBP_SCALE_A, OBP_SCALE_B, OBP_SCALE_LB and the rest
// (see settings in client_test.go); `go test ./...` therefore skips them.
package scaletest
