package kyc

import (
	"github.com/obp-go/obp/domain/kyc"
	"github.com/obp-go/obp/handlers/wire"
)

// mediaPutJSON is OBP's PostKycMediaJSON.
type mediaPutJSON struct {
	CustomerNumber         string `json:"customer_number"`
	Type                   string `json:"type"`
	URL                    string `json:"url"`
	Date                   string `json:"date"`
	RelatesToKycDocumentID string `json:"relates_to_kyc_document_id"`
	RelatesToKycCheckID    string `json:"relates_to_kyc_check_id"`
}

func (in mediaPutJSON) toMedia(id string) (kyc.Media, error) {
	date, err := kyc.ParseDate("/date", in.Date)
	if err != nil {
		return kyc.Media{}, err
	}
	return kyc.Media{ID: id, CustomerNumber: in.CustomerNumber, Type: in.Type, URL: in.URL, Date: date,
		RelatesToKycDocumentID: in.RelatesToKycDocumentID, RelatesToKycCheckID: in.RelatesToKycCheckID}, nil
}

// mediaJSON is OBP's KycMediaJSON.
type mediaJSON struct {
	BankID                 string `json:"bank_id"`
	CustomerID             string `json:"customer_id"`
	ID                     string `json:"id"`
	CustomerNumber         string `json:"customer_number"`
	Type                   string `json:"type"`
	URL                    string `json:"url"`
	Date                   string `json:"date"`
	RelatesToKycDocumentID string `json:"relates_to_kyc_document_id"`
	RelatesToKycCheckID    string `json:"relates_to_kyc_check_id"`
}

func toMediaJSON(m kyc.Media) mediaJSON {
	return mediaJSON{BankID: m.BankID, CustomerID: m.CustomerID, ID: m.ID, CustomerNumber: m.CustomerNumber,
		Type: m.Type, URL: m.URL, Date: wire.Time(m.Date), RelatesToKycDocumentID: m.RelatesToKycDocumentID,
		RelatesToKycCheckID: m.RelatesToKycCheckID}
}

// mediasJSON is OBP's KycMediasJSON.
type mediasJSON struct {
	Medias []mediaJSON `json:"medias"`
}

func toMediasJSON(ms []kyc.Media) mediasJSON {
	out := mediasJSON{Medias: make([]mediaJSON, len(ms))}
	for i, m := range ms {
		out.Medias[i] = toMediaJSON(m)
	}
	return out
}

// statusPutJSON is OBP's PostKycStatusJSON.
type statusPutJSON struct {
	CustomerNumber string `json:"customer_number"`
	OK             bool   `json:"ok"`
	Date           string `json:"date"`
}

// statusJSON is OBP's KycStatusJSON: no bank and no id, as OBP answers it.
type statusJSON struct {
	CustomerID     string `json:"customer_id"`
	CustomerNumber string `json:"customer_number"`
	OK             bool   `json:"ok"`
	Date           string `json:"date"`
}

func toStatusJSON(s kyc.Status) statusJSON {
	return statusJSON{CustomerID: s.CustomerID, CustomerNumber: s.CustomerNumber, OK: s.OK, Date: wire.Time(s.Date)}
}

// statusesJSON is OBP's KycStatusesJSON.
type statusesJSON struct {
	Statuses []statusJSON `json:"statuses"`
}

func toStatusesJSON(ss []kyc.Status) statusesJSON {
	out := statusesJSON{Statuses: make([]statusJSON, len(ss))}
	for i, s := range ss {
		out.Statuses[i] = toStatusJSON(s)
	}
	return out
}
