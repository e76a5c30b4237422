// Command obp-authenticator is the reference TMS authenticator: it enrols a device for a
// user at a bank, then shows each pending push confirmation and answers it with a CMS
// signature over exactly the text shown.
//
//	obp-authenticator enrol  -url http://127.0.0.1:8080 -bank gh.29.uk -token <DirectLogin token>
//	obp-authenticator answer -url http://127.0.0.1:8080 -bank gh.29.uk -token <DirectLogin token> [-decision ask|accept|decline]
package main

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/obp-go/obp/internal/tmsdevice"
)

func main() {
	if len(os.Args) < 2 || (os.Args[1] != "enrol" && os.Args[1] != "answer") {
		fmt.Fprintln(os.Stderr, "usage: obp-authenticator enrol|answer -url URL -bank BANK_ID -token DIRECTLOGIN_TOKEN [-state FILE] [-decision ask|accept|decline]")
		os.Exit(2)
	}
	fs := flag.NewFlagSet(os.Args[1], flag.ExitOnError)
	a := &authenticator{http: &http.Client{Timeout: 15 * time.Second}}
	fs.StringVar(&a.url, "url", "http://127.0.0.1:8080", "the server's base URL")
	fs.StringVar(&a.bank, "bank", "gh.29.uk", "the bank (TMS tenant)")
	fs.StringVar(&a.token, "token", os.Getenv("OBP_TOKEN"), "the user's DirectLogin token (or OBP_TOKEN)")
	statePath := fs.String("state", "./data/authenticator.json", "where the device keeps its key and credential")
	decision := fs.String("decision", "ask", "ask, accept or decline")
	_ = fs.Parse(os.Args[2:])
	var err error
	if os.Args[1] == "enrol" {
		err = a.enrol(*statePath)
	} else {
		err = a.answer(*statePath, *decision)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "obp-authenticator:", err)
		os.Exit(1)
	}
}

type authenticator struct {
	http             *http.Client
	url, bank, token string
	device           *tmsdevice.Device
}

func (a *authenticator) enrol(statePath string) error {
	d := tmsdevice.New()
	var out struct {
		DeviceID    string `json:"deviceId"`
		DeviceToken string `json:"deviceToken"`
		Certificate string `json:"certificate"`
	}
	if err := a.call(http.MethodPost, "/devices", map[string]string{"csr": d.CSR(), "name": "obp-authenticator"}, false, &out); err != nil {
		return err
	}
	if err := d.Enrolled(out.DeviceID, out.DeviceToken, out.Certificate); err != nil {
		return err
	}
	if err := d.Save(statePath); err != nil {
		return err
	}
	fmt.Printf("enrolled device %s at %s; its key and credential are in %s\n", d.ID, a.bank, statePath)
	return nil
}

func (a *authenticator) answer(statePath, decision string) error {
	d, err := tmsdevice.Load(statePath)
	if err != nil {
		return err
	}
	a.device = d
	var me struct {
		UserID string `json:"user_id"`
	}
	if err := a.get("/obp/v5.1.0/users/current", &me); err != nil {
		return err
	}
	var pending struct {
		Tms []struct {
			ID string `json:"id"`
		} `json:"tms"`
	}
	if err := a.call(http.MethodGet, "/devices/"+d.ID+"/tms", nil, true, &pending); err != nil {
		return err
	}
	if len(pending.Tms) == 0 {
		fmt.Println("nothing to confirm")
		return nil
	}
	in := bufio.NewReader(os.Stdin)
	for _, p := range pending.Tms {
		var t struct {
			Data struct {
				Text string `json:"text"`
			} `json:"tmsData"`
		}
		if err := a.call(http.MethodPost, "/devices/"+d.ID+"/tms/"+p.ID+"/retrieval", nil, true, &t); err != nil {
			return err
		}
		fmt.Printf("\n%s\n", t.Data.Text)
		choice := strings.ToUpper(decision)
		if choice == "ASK" {
			fmt.Print("accept? [y/N] ")
			line, _ := in.ReadString('\n')
			choice = "DECLINE"
			if strings.HasPrefix(strings.ToLower(strings.TrimSpace(line)), "y") {
				choice = "ACCEPT"
			}
		}
		sig := d.Sign(t.Data.Text, tmsdevice.Attributes{TmsID: p.ID, UserID: me.UserID, DeviceID: d.ID})
		var res struct {
			Status string `json:"status"`
		}
		body := map[string]string{"decision": choice, "signedData": base64.StdEncoding.EncodeToString(sig)}
		if err := a.call(http.MethodPost, "/devices/"+d.ID+"/tms/"+p.ID+"/answer", body, true, &res); err != nil {
			return err
		}
		fmt.Printf("%s: %s\n", p.ID, res.Status)
	}
	return nil
}

// call sends a request to the TMS API of the bank; device adds the device credential.
func (a *authenticator) call(method, path string, body any, device bool, out any) error {
	var rd io.Reader = http.NoBody
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, strings.TrimRight(a.url, "/")+"/v1/tenants/"+a.bank+path, rd)
	if err != nil {
		return err
	}
	if device {
		req.Header.Set("TMS-Device-Token", a.device.Token)
	}
	return a.do(req, out)
}

func (a *authenticator) get(path string, out any) error {
	req, err := http.NewRequest(http.MethodGet, strings.TrimRight(a.url, "/")+path, http.NoBody)
	if err != nil {
		return err
	}
	return a.do(req, out)
}

func (a *authenticator) do(req *http.Request, out any) error {
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("DirectLogin", "token="+a.token)
	resp, err := a.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return err
	}
	if resp.StatusCode >= 300 {
		return fmt.Errorf("%s %s: %d %s", req.Method, req.URL.Path, resp.StatusCode, b)
	}
	return json.Unmarshal(b, out)
}
