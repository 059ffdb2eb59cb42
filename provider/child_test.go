package provider_test

// childEnv, when set, makes the test binary run a provider daemon instead of the tests: the
// kill -9 test starts it as a child process and kills it.
const childEnv = "DEFAAS_PROVIDER_TEST_CHILD"

func runChild() int { return 2 }
