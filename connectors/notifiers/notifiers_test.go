package notifiers

import (
	"bufio"
	"context"
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/obp-go/obp/domain/notify"
)

func TestSMSGatewayPostsJSONWithCredentials(t *testing.T) {
	var got map[string]string
	var user, pass string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		user, pass, _ = r.BasicAuth()
		json.NewDecoder(r.Body).Decode(&got)
		w.WriteHeader(http.StatusAccepted)
	}))
	defer srv.Close()
	g := NewSMSGateway(srv.URL, "acct", "s3cret")
	if err := g.Send(context.Background(), notify.Message{Channel: notify.SMS, To: "+447700900123", Body: "code 123456"}); err != nil {
		t.Fatal(err)
	}
	if got["to"] != "+447700900123" || got["message"] != "code 123456" || user != "acct" || pass != "s3cret" {
		t.Errorf("gateway got %v with %s:%s", got, user, pass)
	}
}

func TestSMSGatewayErrorsDoNotQuoteTheMessage(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(500) }))
	defer srv.Close()
	err := NewSMSGateway(srv.URL, "", "").Send(context.Background(), notify.Message{To: "+1", Body: "code 654321"})
	if err == nil || strings.Contains(err.Error(), "654321") {
		t.Errorf("error = %v", err)
	}
}

// fakeSMTP is a minimal SMTP server that records one message.
func fakeSMTP(t *testing.T) (addr string, got chan string) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	got = make(chan string, 1)
	go func() {
		conn, err := ln.Accept()
		if err != nil {
			return
		}
		defer conn.Close()
		defer ln.Close()
		r, w := bufio.NewReader(conn), conn
		w.Write([]byte("220 fake ESMTP\r\n"))
		var data strings.Builder
		inData := false
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				return
			}
			if inData {
				if line == ".\r\n" {
					inData = false
					got <- data.String()
					w.Write([]byte("250 queued\r\n"))
					continue
				}
				data.WriteString(line)
				continue
			}
			switch cmd := strings.ToUpper(strings.TrimSpace(line)); {
			case strings.HasPrefix(cmd, "EHLO"), strings.HasPrefix(cmd, "HELO"):
				w.Write([]byte("250-fake\r\n250 8BITMIME\r\n"))
			case strings.HasPrefix(cmd, "DATA"):
				inData = true
				w.Write([]byte("354 go ahead\r\n"))
			case strings.HasPrefix(cmd, "QUIT"):
				w.Write([]byte("221 bye\r\n"))
				return
			default:
				w.Write([]byte("250 ok\r\n"))
			}
		}
	}()
	return ln.Addr().String(), got
}

func TestSMTPDeliversToALocalServer(t *testing.T) {
	addr, got := fakeSMTP(t)
	s := SMTP{Addr: addr, From: "bank@example.com"}
	if err := s.Send(context.Background(), notify.Message{Channel: notify.Email, To: "ellie@example.com", Subject: "Your code", Body: "code 111222"}); err != nil {
		t.Fatal(err)
	}
	msg := <-got
	for _, want := range []string{"To: ellie@example.com", "Subject: Your code", "code 111222"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message lacks %q:\n%s", want, msg)
		}
	}
}

func TestSMTPRefusesHeaderInjection(t *testing.T) {
	if err := (SMTP{Addr: "127.0.0.1:1", From: "a@b"}).Send(context.Background(), notify.Message{To: "x@y\r\nBcc: z@w"}); err == nil {
		t.Error("a line break in a header was accepted")
	}
}
