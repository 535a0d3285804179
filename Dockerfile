# The image of either side, built from the repository root, since a module needs its sibling modules:
#   docker build --build-arg MODULE=command-side -t skincare/command-side .
#   docker build --build-arg MODULE=query-side -t skincare/query-side .
FROM maven:3.9-eclipse-temurin-17 AS build
ARG MODULE
WORKDIR /src
COPY . .
RUN test -n "$MODULE" && ./mvnw -B -q -pl "$MODULE" -am package -DskipTests \
    && cp "$MODULE/target/$MODULE-0.1.0-SNAPSHOT-exec.jar" /src/app.jar

FROM eclipse-temurin:17-jre
# curl only for the HEALTHCHECK below; the JRE image does not promise it.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 shop && useradd --system --uid 10001 --gid shop --home-dir /app shop
WORKDIR /app
COPY --from=build /src/app.jar /app/app.jar
# Numeric, so Kubernetes can check runAsNonRoot.
USER 10001
ENV SERVER_PORT=8080
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
    CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
