// Package methodroutings is the area of the HTTP face for OBP's method routings (v3.1.0):
// which connector serves which connector method for which banks, followed by the star
// connector (OBP_CONNECTOR=star).
package methodroutings

import (
	"context"

	"github.com/obp-go/obp/domain/methodrouting"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/handlers"
)

// Routings is what the area needs of the method-routing service.
type Routings interface {
	Create(ctx context.Context, n methodrouting.New) (methodrouting.Routing, error)
	Update(ctx context.Context, id string, n methodrouting.New) (methodrouting.Routing, error)
	Delete(ctx context.Context, id string) error
	List(ctx context.Context, methodName string, active bool) ([]methodrouting.Routing, error)
}

type area struct{ routings Routings }

// Docs declares the area's endpoints over routings.
func Docs(routings Routings) []handlers.ResourceDoc {
	return (&area{routings: routings}).docs()
}

const (
	collection = "/obp/v3.1.0/management/method_routings"
	one        = collection + "/{METHOD_ROUTING_ID}"
)

const fields = "method_name is a connector method of this server (OBP-10022 otherwise; GET with active=true lists them all). " +
	"connector_name is mapped or rest_vMar2019 (OBP-10021 otherwise; star routes and is never a target); a " +
	"rest_vMar2019 routing needs a parameter url, the adapter's absolute http(s) URL (OBP-10017). With " +
	"is_bank_id_exact_match, bank_id_pattern is one bank id, and a method has one exact-match routing per bank id " +
	"(OBP-70003). Without, bank_id_pattern is a regular expression the whole bank id must match (OBP-70001 when it " +
	"is none); empty, * and .* match any bank, and also serve calls that name no bank. A call is served by the " +
	"exact-match routing of its bank, else the oldest routing whose own pattern matches, else the oldest match-any " +
	"one, else by mapped. Calls that name no bank and have no match-any routing ask mapped and every connector the " +
	"method is routed to. A payment between banks served by different connectors is refused (OBP-70004). Routings " +
	"apply when the server runs with OBP_CONNECTOR=star, in every process within a second of the change. Fields " +
	"may be written in OBP's snake_case or its camelCase; the answer uses snake_case, with * for no pattern."

func (a *area) docs() []handlers.ResourceDoc {
	auth := handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles)
	body := handlers.ErrorsOf(obperr.InvalidConnectorMethod, obperr.InvalidConnectorName, obperr.InvalidBankIDRegex, obperr.InvalidURL,
		obperr.InvalidJSONContent, obperr.MethodRoutingExists)
	tags := []string{"Method-Routing", "API"}
	return []handlers.ResourceDoc{
		{
			OperationID: "OBPv3.1.0-getMethodRoutings",
			Verb:        "GET",
			Path:        collection,
			Summary:     "Get MethodRoutings",
			Description: "Every method routing, by method name. Query parameters: method_name keeps one method's routings; " +
				"active=true also lists every connector method as mapped serves it by default (no method_routing_id, " +
				"bank_id_pattern *).",
			Tags:            tags,
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanGetMethodRoutings},
			ExampleResponse: routingsJSON{MethodRoutings: []routingJSON{toRoutingJSON(exampleRouting)}},
			Errors:          auth,
			Handle:          a.list,
		},
		{
			OperationID:     "OBPv3.1.0-createMethodRouting",
			Verb:            "POST",
			Path:            collection,
			Summary:         "Create MethodRouting",
			Description:     "Adds a method routing. " + fields,
			Tags:            tags,
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanCreateMethodRouting},
			RequestSchema:   "method_routing_post",
			ExampleRequest:  examplePost,
			ExampleResponse: toRoutingJSON(exampleRouting),
			SuccessStatus:   201,
			Errors:          append(auth, body...),
			Handle:          a.create,
		},
		{
			OperationID:     "OBPv3.1.0-updateMethodRouting",
			Verb:            "PUT",
			Path:            one,
			Summary:         "Update MethodRouting",
			Description:     "Replaces a method routing (OBP-70002 when there is none with this id). " + fields,
			Tags:            tags,
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanUpdateMethodRouting},
			RequestSchema:   "method_routing_post",
			ExampleRequest:  examplePost,
			ExampleResponse: toRoutingJSON(exampleRouting),
			Errors:          append(append(auth, body...), obperr.MethodRoutingNotFound),
			Handle:          a.update,
		},
		{
			OperationID: "OBPv3.1.0-deleteMethodRouting",
			Verb:        "DELETE",
			Path:        one,
			Summary:     "Delete MethodRouting",
			Description: "Removes a method routing (OBP-70002 when there is none with this id); its calls go back to the " +
				"routings left, or to mapped. Answers true, as OBP.",
			Tags:            tags,
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanDeleteMethodRouting},
			ExampleResponse: true,
			Errors:          append(auth, obperr.MethodRoutingNotFound),
			Handle:          a.delete,
		},
	}
}

func (a *area) list(c *handlers.Call) error {
	rs, err := a.routings.List(c.Ctx, c.Query("method_name"), c.Query("active") == "true")
	if err != nil {
		return err
	}
	out := routingsJSON{MethodRoutings: make([]routingJSON, 0, len(rs))}
	for _, r := range rs {
		out.MethodRoutings = append(out.MethodRoutings, toRoutingJSON(r))
	}
	return c.JSON(out)
}

func (a *area) create(c *handlers.Call) error {
	var in routingPostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	r, err := a.routings.Create(c.Ctx, in.toNew())
	if err != nil {
		return err
	}
	return c.JSON(toRoutingJSON(r))
}

func (a *area) update(c *handlers.Call) error {
	var in routingPostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	r, err := a.routings.Update(c.Ctx, c.Param("METHOD_ROUTING_ID"), in.toNew())
	if err != nil {
		return err
	}
	return c.JSON(toRoutingJSON(r))
}

func (a *area) delete(c *handlers.Call) error {
	if err := a.routings.Delete(c.Ctx, c.Param("METHOD_ROUTING_ID")); err != nil {
		return err
	}
	return c.JSON(true)
}
