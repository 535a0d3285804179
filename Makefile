# Thin wrappers around Maven and Docker Compose; the commands themselves are the documentation.
MVNW := ./mvnw -B
COMPOSE := docker compose
# db-reset drops and recreates this database on the local PostgreSQL (the launcher's event store and read tables).
DB_NAME ?= skincare_ecommerce
DB_USER ?= postgres
DB_HOST ?= 127.0.0.1
DB_PORT ?= 5432
PSQL := psql -h $(DB_HOST) -p $(DB_PORT) -U $(DB_USER) -d postgres -v ON_ERROR_STOP=1

.DEFAULT_GOAL := help
.PHONY: help api-dev build test-all docker-build docker-up docker-down db-reset logs

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  %-13s %s\n", $$1, $$2}'

api-dev: ## Run the whole shop in one process (the launcher) on port 8080
	$(MVNW) -q -pl launcher -am package -DskipTests
	java -jar launcher/target/launcher-0.1.0-SNAPSHOT.jar

build: ## Build every module and the exec jars, without tests
	$(MVNW) package -DskipTests

test-all: ## Run every unit and integration test (./mvnw -B verify)
	$(MVNW) verify

docker-build: ## Build the command-side and query-side images
	$(COMPOSE) build

docker-up: ## Start PostgreSQL, MongoDB, Redis, the sides and the gateway on port 8080 (needs .env)
	$(COMPOSE) up -d

docker-down: ## Stop the compose stack (its volumes stay; add -v by hand to drop them)
	$(COMPOSE) down

db-reset: ## Drop and recreate the local PostgreSQL database skincare_ecommerce (DB_NAME, DB_HOST) - all its data
	$(PSQL) -c 'DROP DATABASE IF EXISTS "$(DB_NAME)" WITH (FORCE)' -c 'CREATE DATABASE "$(DB_NAME)"'

logs: ## Follow the compose stack's logs
	$(COMPOSE) logs -f --tail=100
