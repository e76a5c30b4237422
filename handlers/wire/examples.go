package wire

import (
	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/routing"
	"github.com/obp-go/obp/domain/user"
)

// ExampleUser is the user the resource docs' examples show.
var ExampleUser = user.User{ID: "9ca9a7e4-6d02-40e3-a129-0b2bf89de9b1", Provider: "http://127.0.0.1:8080",
	Username: "felixsmith", Email: "felixsmith@example.com"}

// ExampleAccount is the account the resource docs' examples show.
var ExampleAccount = account.Account{BankID: "gh.29.uk", ID: "8ca8a7e4-6d02-40e3-a129-0b2bf89de9f0", Label: "My Account",
	Number: "8ca8a7e4-6d02-40e3-a129-0b2bf89de9f0", ProductCode: "CURRENT", BranchID: "DERBY6", Balance: money.Money{Currency: "EUR", Minor: 12550},
	Routings: []routing.Routing{{Scheme: "IBAN", Address: "GB33BUKB20201555555555"}}}
