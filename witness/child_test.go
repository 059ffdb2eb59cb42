package witness_test

const childEnv = "DEFAAS_WITNESS_TEST_CHILD"

func runChild() int { return 2 }
