"""newsclean's orchestration: sources, shards, state, duplicates, the Prefect flows and the CLI."""
