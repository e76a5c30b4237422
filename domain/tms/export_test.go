package tms

// What the external tests (package tms_test, which plays the device with
// internal/tmsdevice) use of the in-memory store.
var NewMemStore = newMemStore

type FakeBanks = fakeBanks
type FakeUsers = fakeUsers
