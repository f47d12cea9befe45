# chatsync as a small, non-root service. State lives in the /data volume.
FROM python:3.12-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY src ./src
RUN pip wheel --no-cache-dir --wheel-dir /wheels .

FROM python:3.12-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    CHATSYNC_CONFIG=/config/chatsync.toml \
    CHATSYNC_DATA_DIR=/data
RUN useradd --create-home --uid 10001 chatsync \
    && mkdir -p /data /config \
    && chown chatsync:chatsync /data
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
COPY config/chatsync.example.toml /config/chatsync.toml
USER chatsync
VOLUME ["/data"]
STOPSIGNAL SIGTERM
# Healthy while the service's heartbeat (written after every cycle) is fresh.
HEALTHCHECK --interval=5m --timeout=10s --start-period=2m \
    CMD ["chatsync", "health", "--max-age", "900"]
ENTRYPOINT ["chatsync"]
CMD ["run"]
