package payment

import (
	"context"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/routing"
	"github.com/obp-go/obp/domain/sca"
)

// subject is exactly what the payer authorises: amount, currency, the account debited
// and the payee — its name and routing for a counterparty, its IBAN for SEPA, the
// account credited otherwise.
func (s *Service) subject(ctx context.Context, r Request, n New) (sca.Subject, error) {
	p := &sca.PaymentSubject{Amount: r.Amount, From: ref(r.From), PayeeAccount: "OBP:" + ref(r.To)}
	switch {
	case r.Type == SEPA:
		p.PayeeAccount = "IBAN:" + n.IBAN
	case r.CounterpartyID != "":
		payee, err := s.payees.Payee(ctx, r.CounterpartyID)
		if err != nil {
			return sca.Subject{}, err
		}
		p.PayeeName = payee.Name
		if r.External {
			p.PayeeAccount = routed(payee.OtherAccountRouting)
		}
	}
	return sca.Subject{Kind: sca.KindPayment, BankID: r.From.BankID, Payment: p}, nil
}

func ref(r account.Ref) string { return r.BankID + "/" + r.AccountID }

func routed(r routing.Routing) string { return r.Scheme + ":" + r.Address }
