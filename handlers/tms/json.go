package tms

import (
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"time"

	"github.com/obp-go/obp/domain/tms"
)

// startJSON is KOBIL's start request.
type startJSON struct {
	TmsData                          dataJSON `json:"tmsData"`
	RetrievalTimeout                 *int     `json:"retrievalTimeout,omitempty"`
	TmsTimeout                       *int     `json:"tmsTimeout,omitempty"`
	RequireExplicitAuthentication    bool     `json:"requireExplicitAuthentication"`
	RequireFreshnessOfAuthentication *int     `json:"requireFreshnessOfAuthentication,omitempty"`
	AuditMessage                     string   `json:"auditMessage"`
	UserID                           string   `json:"userId"`
}

type dataJSON struct {
	Text     string          `json:"text"`
	External bool            `json:"external"`
	Data     json.RawMessage `json:"data,omitempty"`
}

func (in startJSON) toNew() tms.New {
	return tms.New{UserID: in.UserID, Data: tms.Data{Text: in.TmsData.Text, External: in.TmsData.External, Data: in.TmsData.Data},
		RetrievalTimeout: in.RetrievalTimeout, TmsTimeout: in.TmsTimeout, RequireExplicitAuthentication: in.RequireExplicitAuthentication,
		RequireFreshnessOfAuthentication: in.RequireFreshnessOfAuthentication, AuditMessage: in.AuditMessage}
}

// statusJSON is KOBIL's TMS info: the start answer, the status, and the result's info.
type statusJSON struct {
	ID               string  `json:"id"`
	Status           string  `json:"status"`
	StartedAt        string  `json:"startedAt"`
	RetrievalTimeout int     `json:"retrievalTimeout"`
	TmsTimeout       int     `json:"tmsTimeout"`
	UserID           string  `json:"userId"`
	RetrievedAt      *string `json:"retrievedAt,omitempty"`
	CompletedAt      *string `json:"completedAt,omitempty"`
}

// stamp is KOBIL's instant: UTC with the fraction of a second.
func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

func stampPtr(t *time.Time) *string {
	if t == nil {
		return nil
	}
	s := stamp(*t)
	return &s
}

func toStatusJSON(t tms.TMS) statusJSON {
	return statusJSON{ID: t.ID, Status: string(t.Status), StartedAt: stamp(t.StartedAt), RetrievalTimeout: t.RetrievalTimeout,
		TmsTimeout: t.TmsTimeout, UserID: t.UserID, RetrievedAt: stampPtr(t.RetrievedAt), CompletedAt: stampPtr(t.CompletedAt)}
}

// resultJSON is KOBIL's result: signedData and completedBy once a device answered.
type resultJSON struct {
	Info        statusJSON `json:"info"`
	SignedData  string     `json:"signedData,omitempty"`
	CompletedBy string     `json:"completedBy,omitempty"`
}

func toResultJSON(t tms.TMS) resultJSON {
	r := resultJSON{Info: toStatusJSON(t), CompletedBy: t.CompletedBy}
	if len(t.SignedData) > 0 {
		r.SignedData = base64.StdEncoding.EncodeToString(t.SignedData)
	}
	return r
}

type enrolJSON struct {
	CSR  string `json:"csr"`
	Name string `json:"name"`
}

type deviceJSON struct {
	DeviceID    string  `json:"deviceId"`
	UserID      string  `json:"userId"`
	Name        string  `json:"name"`
	Status      string  `json:"status"` // ACTIVE or REVOKED
	Certificate string  `json:"certificate"`
	CreatedAt   string  `json:"createdAt"`
	NotAfter    string  `json:"notAfter"`
	RevokedAt   *string `json:"revokedAt,omitempty"`
}

func toDeviceJSON(d tms.Device) deviceJSON {
	status := "ACTIVE"
	if d.RevokedAt != nil {
		status = "REVOKED"
	}
	return deviceJSON{DeviceID: d.ID, UserID: d.UserID, Name: d.Name, Status: status,
		Certificate: string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: d.Certificate})),
		CreatedAt:   stamp(d.CreatedAt), NotAfter: stamp(d.NotAfter), RevokedAt: stampPtr(d.RevokedAt)}
}

type enrolledJSON struct {
	deviceJSON
	DeviceToken string `json:"deviceToken"`
}

type devicesJSON struct {
	Devices []deviceJSON `json:"devices"`
}

func toDevicesJSON(ds []tms.Device) devicesJSON {
	out := devicesJSON{Devices: make([]deviceJSON, len(ds))}
	for i, d := range ds {
		out.Devices[i] = toDeviceJSON(d)
	}
	return out
}

// deviceTmsJSON is a TMS as its device sees it; the text only once retrieved.
type deviceTmsJSON struct {
	statusJSON
	RetrieveBy                       string    `json:"retrieveBy"`
	AnswerBy                         *string   `json:"answerBy,omitempty"`
	TmsData                          *dataJSON `json:"tmsData,omitempty"`
	RequireExplicitAuthentication    bool      `json:"requireExplicitAuthentication"`
	RequireFreshnessOfAuthentication int       `json:"requireFreshnessOfAuthentication"`
}

func toDeviceTmsJSON(t tms.TMS, withData bool) deviceTmsJSON {
	out := deviceTmsJSON{statusJSON: toStatusJSON(t), RetrieveBy: stamp(t.RetrieveBy), AnswerBy: stampPtr(t.AnswerBy),
		RequireExplicitAuthentication: t.RequireExplicitAuthentication, RequireFreshnessOfAuthentication: t.RequireFreshnessOfAuthentication}
	if withData {
		out.TmsData = &dataJSON{Text: t.Data.Text, External: t.Data.External, Data: t.Data.Data}
	}
	return out
}

type pendingJSON struct {
	Tms []deviceTmsJSON `json:"tms"`
}

type answerJSON struct {
	Decision   string `json:"decision"`
	SignedData string `json:"signedData"`
}
