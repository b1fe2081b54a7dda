# briefbot: multi-stage build. The final image holds production dependencies, the compiled
# JavaScript, the prompts and the seed corpus; it runs as the unprivileged `node` user.
#   docker build -t briefbot .
#   docker run --rm -p 3000:3000 -v briefbot-articles:/data/articles -v briefbot-data:/var/lib/briefbot briefbot
#   docker run --rm -v briefbot-articles:/data/articles -v briefbot-data:/var/lib/briefbot briefbot \
#     node dist/cli/main.js brief pakistan-russia
# Everything briefbot writes is on the two volumes, owned by `node`: the corpus (with ingested
# articles) at /data/articles; the store, the persisted index and the feeds list at /var/lib/briefbot.
# /app is the read-only program.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source (node-gyp): it needs a toolchain in the build stages only.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM node:20-bookworm-slim AS deps
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    BRIEFBOT_CORPUS_DIR=/data/articles \
    BRIEFBOT_TOPICS=/app/data/topics.json \
    BRIEFBOT_DB=/var/lib/briefbot/briefbot.sqlite \
    BRIEFBOT_INDEX_CACHE=/var/lib/briefbot/index \
    BRIEFBOT_FEEDS=/var/lib/briefbot/feeds.json
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY prompts ./prompts
COPY data ./data
RUN mkdir -p /data/articles /var/lib/briefbot \
  && cp -r /app/data/articles/. /data/articles/ \
  && chown -R node:node /data /var/lib/briefbot
USER node
VOLUME ["/data/articles", "/var/lib/briefbot"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# SIGTERM from `docker stop` reaches node directly (exec form): answers in flight finish first.
CMD ["node", "dist/app/main.js"]
