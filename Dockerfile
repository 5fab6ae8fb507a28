# Trailmap server image: the built editor plus the sync server (Node 20). One image serves a single
# node (SQLite in /data) or one of several nodes (TRAILMAP_DATABASE_URL + TRAILMAP_REDIS_URL);
# compose.yaml runs two nodes behind a reverse proxy.
FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source where no prebuilt binary can be downloaded.
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx vite build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=5174 \
    TRAILMAP_DB=/data/trailmap.db \
    TRAILMAP_STATIC_DIR=/app/dist
COPY --from=build /app /app
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 5174
HEALTHCHECK --interval=10s --timeout=3s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# SIGTERM saves every open map before the process exits.
STOPSIGNAL SIGTERM
CMD ["node", "--import", "tsx", "server/main.ts"]
