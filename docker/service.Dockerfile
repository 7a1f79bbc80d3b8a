# One image recipe for the four services; docker-compose.yml passes the module name.
# The jar is built on the host first (./mvnw -DskipTests package): the image only runs it, so the
# build is the same one the tests ran against, and no Maven cache lives in the image.
#
#   docker build -f docker/service.Dockerfile --build-arg MODULE=sales-service -t goji/sales-service .
FROM eclipse-temurin:17.0.17_10-jre-noble

ARG MODULE

# Never run as root; /app belongs to the service so relative paths (e.g. Kafka Streams state) work.
RUN groupadd --system goji && useradd --system --gid goji --home-dir /app --no-create-home goji \
    && mkdir -p /app && chown goji:goji /app
WORKDIR /app

COPY --chown=goji:goji ${MODULE}/target/${MODULE}.jar /app/service.jar

USER goji
# The heap follows the container's memory limit; JAVA_TOOL_OPTIONS adds anything else.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/service.jar"]
