package rest

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"strings"

	"github.com/obp-go/obp/connectors/port"
	"github.com/obp-go/obp/domain/call"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/transaction"
)

// Adapter is the adapter side of this connector: an http.Handler answering every
// method's OutBound message at /<methodName> from a connector. The example adapter
// serves it over its own store; an adapter author in Go serves it over a connector
// that calls their core banking system.
type Adapter struct {
	backend port.Connector // with AdapterInfo when the adapter says who it is
	log     *slog.Logger
	maxBody int64
	verify  *Verifier // when set, an unsigned or badly signed request is refused (401)
	sign    *Signer   // when set, every answer is signed
}

// AdapterOption configures an Adapter.
type AdapterOption func(*Adapter)

// RequireSignedRequests refuses (401) a request v does not accept: the server's
// signature is missing, wrong or outside v's window.
func RequireSignedRequests(v *Verifier) AdapterOption { return func(a *Adapter) { a.verify = v } }

// SignAnswers signs every answer with s, for a server that requires signed answers.
func SignAnswers(s *Signer) AdapterOption { return func(a *Adapter) { a.sign = s } }

// NewAdapter serves backend; info is what getAdapterInfo answers. log receives one line
// per failed call.
func NewAdapter(backend port.Connector, info AdapterInfo, log *slog.Logger, opts ...AdapterOption) *Adapter {
	if log == nil {
		log = slog.Default()
	}
	a := &Adapter{backend: described{backend, info}, log: log, maxBody: defaultMaxMessage}
	for _, o := range opts {
		o(a)
	}
	return a
}

// described is a backend with what the adapter says of itself.
type described struct {
	port.Connector
	info AdapterInfo
}

func (d described) AdapterInfo() AdapterInfo { return d.info }

// errorTransferPosted is the errorCode an adapter answers makePaymentv210 with when the
// transaction request id has been posted before: the money moved once already. Ours;
// OBP has no such code.
const errorTransferPosted = "OBP-GO-TRANSFER-POSTED: This transfer has already been posted."

func (a *Adapter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Path[strings.LastIndexByte(r.URL.Path, '/')+1:]
	e, ok := endpoints[name]
	if r.Method != http.MethodPost || !ok {
		http.Error(w, "no such connector method: POST /<methodName>", http.StatusNotFound)
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, a.maxBody+1))
	if err != nil || int64(len(body)) > a.maxBody {
		http.Error(w, "unreadable or oversized message", http.StatusBadRequest)
		return
	}
	if a.verify != nil {
		if err := a.verify.VerifyRequest(r, body); err != nil {
			a.log.Warn("adapter refused a request", slog.String("method", name), slog.String("error", err.Error()))
			http.Error(w, "the request's signature is not accepted", http.StatusUnauthorized)
			return
		}
	}
	var head struct {
		Context OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	}
	if err := json.Unmarshal(body, &head); err != nil {
		http.Error(w, "the message is not an OutBound message: "+err.Error(), http.StatusBadRequest)
		return
	}
	ctx := call.With(r.Context(), callerOf(head.Context))
	data, err := e.serve(ctx, a.backend, body)
	in := InBound[any]{InboundAdapterCallContext: InboundAdapterCallContext{CorrelationID: head.Context.CorrelationID},
		Status: Status{BackendMessages: []BackendMessage{}}, Data: data}
	if err != nil {
		var bad *badOutboundError
		if errors.As(err, &bad) {
			http.Error(w, bad.Error(), http.StatusBadRequest)
			return
		}
		code, known := refusal(err)
		if !known {
			a.log.Error("adapter call failed", slog.String("method", name),
				slog.String("correlation_id", head.Context.CorrelationID), slog.String("error", err.Error()))
			http.Error(w, "the core banking system failed", http.StatusInternalServerError)
			return
		}
		in.Data = nil
		in.Status = Status{ErrorCode: code, BackendMessages: []BackendMessage{{Source: "obp-adapter", Status: "error", ErrorCode: code, Text: err.Error()}}}
	}
	answer, err := json.Marshal(in)
	if err == nil && a.sign != nil {
		err = a.sign.SignAnswer(w, r.URL.EscapedPath(), answer)
	}
	if err != nil {
		a.log.Error("adapter answer not encoded", slog.String("method", name), slog.String("error", err.Error()))
		http.Error(w, "the answer could not be encoded", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	if _, err := w.Write(answer); err != nil {
		a.log.Warn("adapter answer not sent", slog.String("method", name), slog.String("error", err.Error()))
	}
}

// refusal is the errorCode for a failure the connector port promises (an OBP error, a
// transfer posted before); anything else is no answer the adapter can give.
func refusal(err error) (string, bool) {
	if errors.Is(err, transaction.ErrTransferPosted) {
		return errorTransferPosted, true
	}
	if e, ok := obperr.As(err); ok {
		return e.Code.Message(), true
	}
	return "", false
}

// callerOf is the caller an outbound envelope describes, for the adapter's backend.
func callerOf(occ OutboundAdapterCallContext) call.Context {
	cc := call.Context{CorrelationID: occ.CorrelationID, ConsumerID: occ.ConsumerID}
	if info := occ.OutboundAdapterAuthInfo; info != nil {
		cc.UserID, cc.Username = info.UserID, info.Username
		pairs := make([]call.KeyValue, 0, len(info.UserAuthContext))
		for _, kv := range info.UserAuthContext {
			pairs = append(pairs, call.KeyValue{Key: kv.Key, Value: kv.Value})
		}
		cc.AuthContext = func(context.Context) ([]call.KeyValue, error) { return pairs, nil }
	}
	return cc
}
