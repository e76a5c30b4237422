// Package sandbox seeds a deterministic demo data set through the domain ports, so that
// a newcomer's `make run` has banks (and, as the server grows, users, accounts and a
// consumer) to call. Seeding is idempotent: what exists is left alone.
package sandbox

import (
	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/routing"
)

// Banks are the sandbox banks. Names and routings are fictional but realistic.
var Banks = []bank.Bank{
	{
		ID: "gh.29.uk", ShortName: "Greenhill", FullName: "Greenhill Bank plc", BankCode: "GHBK",
		Logo: "https://static.openbank.example/logos/greenhill.png", Website: "https://www.greenhill-bank.example",
		Routings: []routing.Routing{{Scheme: "BIC", Address: "GHBKGB2L"}, {Scheme: "SORT_CODE", Address: "40-29-17"}},
	},
	{
		ID: "alpen.01.de", ShortName: "Alpenbank", FullName: "Alpenbank Sparkasse AG", BankCode: "ALPB",
		Logo: "https://static.openbank.example/logos/alpenbank.png", Website: "https://www.alpenbank.example",
		Routings: []routing.Routing{{Scheme: "BIC", Address: "ALPBDEMMXXX"}, {Scheme: "BLZ", Address: "70020270"}},
	},
	{
		ID: "rio.07.es", ShortName: "Banco Rio", FullName: "Banco del Rio S.A.", BankCode: "BRIO",
		Logo: "https://static.openbank.example/logos/banco-rio.png", Website: "https://www.bancorio.example",
		Routings: []routing.Routing{{Scheme: "BIC", Address: "BRIOESMMXXX"}, {Scheme: "NATIONAL_BANK_CODE", Address: "21070001"}},
	},
}
