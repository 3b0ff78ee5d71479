#!/usr/bin/env bash
# Prisma must use its bundled WASM schema engine (prisma.config.ts: engine "js").
# Reaching this stub means the config was not picked up; fail fast instead of trying to download a binary.
echo "kechan: Prisma tried to start a native schema engine; check prisma.config.ts (engine: \"js\", adapter)." >&2
exit 1
