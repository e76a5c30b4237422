package app

import "github.com/obp-go/obp/domain/kyc"

// kycRecords is the KYC service over the connector, which keeps the records beside the
// customers they describe (and updates a customer's kyc_status with its timeline).
func (s *services) kycRecords() *kyc.Service {
	return kyc.NewService(s.conn, s.conn, s.conn)
}
