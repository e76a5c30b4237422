package authz

// modelText is the one Casbin model for both kinds of check.
//
//	r/p: roles. A policy (user, bank, role) grants a role at a bank; bank "" is system-wide.
//	r2/p2: views. A policy (user, account, view) is account access; a grouping rule
//	g(viewKey, permission) says what a view grants. viewKey is a system view's id, or
//	"bank/account/_custom" for a custom view; the permission "" stands for access alone.
const modelText = `
[request_definition]
r = sub, dom, role
r2 = sub, acct, view, vkey, perm

[policy_definition]
p = sub, dom, role
p2 = sub, acct, view

[role_definition]
g = _, _

[policy_effect]
e = some(where (p.eft == allow))
e2 = some(where (p.eft == allow))

[matchers]
m = r.sub == p.sub && r.dom == p.dom && r.role == p.role
m2 = r2.sub == p2.sub && r2.acct == p2.acct && r2.view == p2.view && (r2.perm == "" || g(r2.vkey, r2.perm))
`
