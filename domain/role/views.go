package role

// The system-view administration roles (OBP's).
var (
	CanCreateSystemView = System("CanCreateSystemView")
	CanGetSystemView    = System("CanGetSystemView")
	CanUpdateSystemView = System("CanUpdateSystemView")
	CanDeleteSystemView = System("CanDeleteSystemView")
)
