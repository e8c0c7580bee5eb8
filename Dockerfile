# The application image. Build the jar first: ./mvnw -DskipTests package
FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home /app fleksi \
    && mkdir /backup && chown fleksi /backup
WORKDIR /app
COPY target/fleksi-*.jar /app/fleksi.jar
USER fleksi
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
    CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/fleksi.jar"]
