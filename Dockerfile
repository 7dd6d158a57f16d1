# Resume tailoring service on the official Payara Micro 6 image (Java 17).
#   docker build -t resume-tailor .
#   docker run -p 8080:8080 -e DB_URL=jdbc:postgresql://db:5432/resume_tailor \
#              -e DB_USER=resume_tailor -e DB_PASSWORD=... resume-tailor
# All configuration is MicroProfile Config through environment variables (README.md).

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -ntp -q dependency:go-offline -DexcludeScope=test || true
COPY liquibase liquibase
COPY src src
RUN mvn -B -ntp -q package -Dmaven.test.skip=true

FROM payara/micro:6.2025.10-jdk17
COPY --from=build --chown=payara:payara /build/target/resume-tailor.war /opt/payara/deployments/resume-tailor.war
COPY --chown=payara:payara server-config/pre-boot-commands.asadmin /opt/payara/config/pre-boot-commands.asadmin
COPY --chown=payara:payara server-config/system.properties /opt/payara/config/system.properties
# The service's JVM options (server-config/jvm.options) for the image's java: explicit sizes
# take precedence over the base image's -XX:MaxRAMPercentage.
ENV JAVA_TOOL_OPTIONS="-Xms64m -Xmn48m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -Xmx320m -Xss512k -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=96m -XX:+UseSerialGC"
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
  CMD wget -q -O /dev/null http://localhost:8080/health/ready || exit 1
CMD ["--deploy", "/opt/payara/deployments/resume-tailor.war", "--contextroot", "/", \
     "--prebootcommandfile", "/opt/payara/config/pre-boot-commands.asadmin", \
     "--systemproperties", "/opt/payara/config/system.properties", \
     "--nocluster", "--disablephonehome"]
