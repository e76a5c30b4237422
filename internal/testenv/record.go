package testenv

import (
	"bytes"
	"encoding/json"
	"mime"
	"net/url"
	"sync"

	"github.com/obp-go/obp/handlers"
)

// Exchange is one JSON answer a suite received, kept for the check against OBP's spec.
type Exchange struct {
	Method, Path string
	// OperationID is the operation that answered, as the server's access log names it
	// ("unmatched" when no route took the request); "" when the log has no line for it.
	OperationID string
	Status      int
	Body        []byte

	logs          *LogBuffer // where to look the operation up later when its line had not arrived
	correlationID string
}

// recorded holds the exchanges while recording is on (see CheckAgainstOBPSpec).
var recorded struct {
	sync.Mutex
	on        bool
	exchanges []Exchange
}

// Record keeps a JSON answer for the end-of-run check against OBP's spec. Try records
// every answer; a suite that sends requests its own way records them with this.
func (s *Server) Record(method, path string, r *Response) {
	recorded.Lock()
	on := recorded.on
	recorded.Unlock()
	if !on || len(r.Body) == 0 || !isJSON(r.Header.Get("Content-Type")) {
		return
	}
	if u, err := url.Parse(path); err == nil {
		path = u.Path
	}
	e := Exchange{Method: method, Path: path, Status: r.Status, Body: r.Body, correlationID: r.Header.Get(handlers.HeaderCorrelationID)}
	if s.Logs != nil {
		// A separate process's log arrives through a pipe, possibly after its answer.
		if e.OperationID = s.Logs.operationOf(e.correlationID); e.OperationID == "" {
			e.logs = s.Logs
		}
	}
	recorded.Lock()
	defer recorded.Unlock()
	recorded.exchanges = append(recorded.exchanges, e)
}

// recordedExchanges are the exchanges kept so far, each with its operation looked up.
func recordedExchanges() []Exchange {
	recorded.Lock()
	defer recorded.Unlock()
	for i := range recorded.exchanges {
		if e := &recorded.exchanges[i]; e.logs != nil {
			e.OperationID, e.logs = e.logs.operationOf(e.correlationID), nil
		}
	}
	return recorded.exchanges
}

func isJSON(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	return err == nil && (mt == "application/json" || mt == "application/problem+json")
}

// operationOf finds the operation id in the access-log line the server wrote for the
// request with this correlation id. The line is written before the answer is sent, so it
// is there once the answer has arrived; lines are indexed once, as they come.
func (l *LogBuffer) operationOf(correlationID string) string {
	if correlationID == "" {
		return ""
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.operations == nil {
		l.operations = map[string]string{}
	}
	data := l.buf.Bytes()
	end := bytes.LastIndexByte(data, '\n') + 1
	for _, line := range bytes.Split(data[l.indexed:end], []byte("\n")) {
		if !bytes.Contains(line, []byte(`"operation_id"`)) {
			continue
		}
		var e struct {
			Msg           string `json:"msg"`
			CorrelationID string `json:"correlation_id"`
			OperationID   string `json:"operation_id"`
		}
		if json.Unmarshal(line, &e) == nil && e.Msg == "request" {
			l.operations[e.CorrelationID] = e.OperationID
		}
	}
	l.indexed = end
	return l.operations[correlationID]
}
