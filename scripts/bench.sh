#!/usr/bin/env bash
# Load benchmarks arrive with the payments work (issue: payments and SCA); until then
# there is nothing honest to measure.
set -euo pipefail
echo "make bench: no benchmarks yet. The payments work adds the load benchmark against PostgreSQL and pgbench."
