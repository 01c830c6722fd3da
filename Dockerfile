# syntax=docker/dockerfile:1
# ibid: docs/operations.md shows the build, the run with an env file, volumes, health and logs.

# Build stage: compile TypeScript with the dev dependencies.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# Run stage: production dependencies and the compiled code only, as a non-root user.
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    IBID_CORPUS_DIR=/app/corpus \
    IBID_SNAPSHOT_DIR=/app/data/snapshots \
    SLACK_INSTALLATION_DIR=/app/data/slack-installations \
    PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY bin ./bin
# The bundled corpus; mount your own over it: -v "$PWD/my-corpus:/app/corpus:ro"
COPY corpus ./corpus
# Index snapshots and Slack installs live under /app/data, the one place ibid writes:
# mount a named volume there (-v ibid-data:/app/data) to keep them across containers.
RUN mkdir -p /app/data/snapshots /app/data/slack-installations && chown -R node:node /app/data
VOLUME ["/app/corpus"]
USER node
EXPOSE 3000
# Liveness: the process answers. /readyz (corpus indexed, adapters connected) is for load balancers.
HEALTHCHECK --interval=30s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM (docker stop) shuts down gracefully within IBID_SHUTDOWN_TIMEOUT_SECONDS (8 s; docker waits 10 s).
STOPSIGNAL SIGTERM
CMD ["node", "dist/main.js"]
