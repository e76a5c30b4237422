package handlers

import (
	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
)

type bankRoutingJSON struct {
	Scheme  string `json:"scheme"`
	Address string `json:"address"`
}

type bankAttributeJSON struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// bankJSON400 is OBP's BankJson400 (the getBanks shape).
type bankJSON400 struct {
	ID           string              `json:"id"`
	ShortName    string              `json:"short_name"`
	FullName     string              `json:"full_name"`
	Logo         string              `json:"logo"`
	Website      string              `json:"website"`
	BankRoutings []bankRoutingJSON   `json:"bank_routings"`
	Attributes   []bankAttributeJSON `json:"attributes"`
}

// bankJSON500 is OBP's BankJson500 (the getBank, createBank shape).
type bankJSON500 struct {
	ID           string              `json:"id"`
	BankCode     string              `json:"bank_code"`
	FullName     string              `json:"full_name"`
	Logo         string              `json:"logo"`
	Website      string              `json:"website"`
	BankRoutings []bankRoutingJSON   `json:"bank_routings"`
	Attributes   []bankAttributeJSON `json:"attributes"`
}

type banksJSON400 struct {
	Banks []bankJSON400 `json:"banks"`
}

func routingsJSON(b bank.Bank) []bankRoutingJSON {
	out := make([]bankRoutingJSON, len(b.Routings))
	for i, r := range b.Routings {
		out[i] = bankRoutingJSON{Scheme: r.Scheme, Address: r.Address}
	}
	return out
}

func attributesJSON(b bank.Bank) []bankAttributeJSON {
	out := make([]bankAttributeJSON, len(b.Attributes))
	for i, a := range b.Attributes {
		out[i] = bankAttributeJSON{Name: a.Name, Value: a.Value}
	}
	return out
}

func toBankJSON400(b bank.Bank) bankJSON400 {
	return bankJSON400{ID: b.ID, ShortName: b.ShortName, FullName: b.FullName, Logo: b.Logo,
		Website: b.Website, BankRoutings: routingsJSON(b), Attributes: attributesJSON(b)}
}

func toBankJSON500(b bank.Bank) bankJSON500 {
	return bankJSON500{ID: b.ID, BankCode: b.BankCode, FullName: b.FullName, Logo: b.Logo,
		Website: b.Website, BankRoutings: routingsJSON(b), Attributes: attributesJSON(b)}
}

var exampleBank = bank.Bank{
	ID: "gh.29.uk", ShortName: "Greenhill", FullName: "Greenhill Bank plc", BankCode: "GHBK",
	Logo: "https://static.example.com/greenhill.png", Website: "https://www.greenhill.example.com",
	Routings:   []bank.Routing{{Scheme: "BIC", Address: "GHBKGB2L"}},
	Attributes: []bank.Attribute{},
}

func (s *Server) bankDocs() []ResourceDoc {
	return []ResourceDoc{
		{
			OperationID:      "OBPv4.0.0-getBanks",
			Verb:             "GET",
			Path:             apiPrefix + "/banks",
			Summary:          "Get Banks",
			Description:      "Lists the banks on this server: id (used in URLs), short and full name, logo, website and routings.",
			Tags:             []string{"Bank", "Account Information Service (AIS)", "PSD2"},
			ExampleResponse:  banksJSON400{Banks: []bankJSON400{toBankJSON400(exampleBank)}},
			ConnectorMethods: []string{"getBanks"},
			Handle:           s.getBanks,
		},
		{
			OperationID:      "OBPv5.0.0-getBank",
			Verb:             "GET",
			Path:             apiPrefix + "/banks/{BANK_ID}",
			Summary:          "Get Bank",
			Description:      "Returns the bank named by BANK_ID: bank code, full name, logo, website and routings.",
			Tags:             []string{"Bank", "Account Information Service (AIS)", "PSD2"},
			ExampleResponse:  toBankJSON500(exampleBank),
			Errors:           errorsOf(obperr.BankNotFound),
			ConnectorMethods: []string{"getBank"},
			Handle:           s.getBank,
		},
		{
			OperationID: "OBPv5.0.0-createBank",
			Verb:        "POST",
			Path:        apiPrefix + "/banks",
			Summary:     "Create Bank",
			Description: "Creates a bank. The id may hold 0-9 a-z A-Z - . _ (at most 254). The creator is granted " +
				"CanCreateEntitlementAtOneBank at the new bank, so that they can manage it.",
			Tags:             []string{"Bank"},
			Auth:             LoggedIn,
			Roles:            []role.Role{role.CanCreateBank},
			RequestSchema:    "bank_post",
			ExampleRequest:   exampleBankPost,
			ExampleResponse:  toBankJSON500(exampleBank),
			SuccessStatus:    201,
			Errors:           errorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.InvalidBankIDFormat, obperr.BankAlreadyExists),
			ConnectorMethods: []string{"getBank", "createOrUpdateBank"},
			Handle:           s.createBank,
		},
		{
			OperationID:      "OBPv5.0.0-updateBank",
			Verb:             "PUT",
			Path:             apiPrefix + "/banks",
			Summary:          "Update Bank",
			Description:      "Updates the bank named by the body's id.",
			Tags:             []string{"Bank"},
			Auth:             LoggedIn,
			Roles:            []role.Role{role.CanCreateBank},
			RequestSchema:    "bank_post",
			ExampleRequest:   exampleBankPost,
			ExampleResponse:  toBankJSON500(exampleBank),
			Errors:           errorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.BankNotFound),
			ConnectorMethods: []string{"getBank", "createOrUpdateBank"},
			Handle:           s.updateBank,
		},
	}
}

type bankPostJSON struct {
	ID           string            `json:"id"`
	BankCode     string            `json:"bank_code"`
	FullName     string            `json:"full_name"`
	Logo         string            `json:"logo"`
	Website      string            `json:"website"`
	BankRoutings []bankRoutingJSON `json:"bank_routings"`
}

func (in bankPostJSON) toBank() bank.Bank {
	b := bank.Bank{ID: in.ID, BankCode: in.BankCode, FullName: in.FullName, Logo: in.Logo, Website: in.Website}
	for _, r := range in.BankRoutings {
		b.Routings = append(b.Routings, bank.Routing{Scheme: r.Scheme, Address: r.Address})
	}
	return b
}

var exampleBankPost = bankPostJSON{ID: exampleBank.ID, BankCode: exampleBank.BankCode, FullName: exampleBank.FullName,
	Logo: exampleBank.Logo, Website: exampleBank.Website, BankRoutings: routingsJSON(exampleBank)}

func (s *Server) createBank(c *Call) error {
	var in bankPostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	b, err := s.deps.Banks.Create(c.Ctx, c.Principal.UserID, in.toBank())
	if err != nil {
		return err
	}
	return c.JSON(toBankJSON500(b))
}

func (s *Server) updateBank(c *Call) error {
	var in bankPostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	b, err := s.deps.Banks.Update(c.Ctx, in.toBank())
	if err != nil {
		return err
	}
	return c.JSON(toBankJSON500(b))
}

func (s *Server) getBanks(c *Call) error {
	banks, err := s.deps.Banks.List(c.Ctx)
	if err != nil {
		return err
	}
	out := banksJSON400{Banks: make([]bankJSON400, len(banks))}
	for i, b := range banks {
		out.Banks[i] = toBankJSON400(b)
	}
	return c.JSON(out)
}

func (s *Server) getBank(c *Call) error {
	b, err := s.deps.Banks.Get(c.Ctx, c.Param("BANK_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toBankJSON500(b))
}
