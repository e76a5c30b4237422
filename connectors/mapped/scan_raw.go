package mapped

import "gorm.io/gorm"

// scanRaw runs a raw query into dest as gorm's Raw(sql, args...).Scan(dest) does, without
// Scan's statement recorder: Scan renders every statement with its values (regular
// expressions over the SQL) for a trace that the silent logger then drops, which cost a
// tenth of an account read's CPU and allocations. dest is a pointer to a struct, a
// slice or a value, as for Scan; with no row it is left as it was.
func scanRaw(db *gorm.DB, dest any, sql string, args ...any) error {
	rows, err := db.Raw(sql, args...).Rows()
	if err != nil {
		return err
	}
	defer rows.Close()
	if rows.Next() {
		if err := db.ScanRows(rows, dest); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	return rows.Close()
}
