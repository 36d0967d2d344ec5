// PostgreSQL's tests run where RETORT_TEST_POSTGRES_URL names a server; under CI=true its absence is a failure.
if (System.getenv('RETORT_TEST_POSTGRES_URL')) {
    return true
}
if (System.getenv('CI') == 'true') {
    throw new IllegalStateException('RETORT_TEST_POSTGRES_URL is not set, and under CI=true no database is skipped')
}
return false
