#!/usr/bin/env bash
# Runs the packaged plugin in a real Jenkins and checks what a user would see (docs/real-jenkins.md).
#
#   plugin/src/it/real-jenkins.sh [PLUGIN_HPI]
#
# 1. starts a loopback HTTP server: the deployed service's health endpoint and an NVD data feed (servers.py);
# 2. starts the Jenkins war (`java -jar`, 127.0.0.1, a free port) with a fresh JENKINS_HOME under
#    plugin/target/real-jenkins/, our .hpi and every .hpi of $JENKINS_REPO_DIR (its dependency plugins, Pipeline and
#    Declarative Pipeline), and an init script that secures it (one admin, no anonymous read) and points the security
#    scan at the feed; checks that every plugin loaded;
# 3. creates a Pipeline job from real-jenkins/Jenkinsfile through the REST API (session cookie + crumb), builds it and
#    checks the result (UNSTABLE: CVE-2021-44228), the console, the build page's gate summaries, the job's Delivery
#    metrics page and that the servers were asked;
# 4. takes screenshots with headless chromium (playwright-core) into plugin/target/real-jenkins/screenshots/.
# Exits non-zero with one "real-jenkins: FAILED: ..." line on the first failed check; always stops what it started.
#
# Needs: java 17+, python3, curl, node + npm (installs playwright-core into plugin/target), /usr/bin/chromium, the
# plugin packaged (plugin/target/delivery-gates.hpi) and JENKINS_REPO_DIR (default: ../shared/jenkins-repo from the
# project root) holding jenkins-war 2.541.3 and the plugin .hpi files; or REAL_JENKINS_WAR (the war) and
# REAL_JENKINS_PLUGINS (a folder of .hpi files, e.g. plugin/target/test-classes/test-dependencies).
set -euo pipefail
started=$SECONDS

it_dir="$(cd "$(dirname "$0")" && pwd)"
helpers="$it_dir/real-jenkins"
plugin_dir="$(cd "$it_dir/../.." && pwd)"
project_dir="$(cd "$plugin_dir/.." && pwd)"
hpi="${1:-$plugin_dir/target/delivery-gates.hpi}"
JENKINS_REPO_DIR="${JENKINS_REPO_DIR:-$project_dir/../shared/jenkins-repo}"
jenkins_version=2.541.3
war="${REAL_JENKINS_WAR:-$JENKINS_REPO_DIR/org/jenkins-ci/main/jenkins-war/$jenkins_version/jenkins-war-$jenkins_version.war}"
plugin_source="${REAL_JENKINS_PLUGINS:-$JENKINS_REPO_DIR}"
playwright_version=1.65.2
job=delivery-gates-real

work="$plugin_dir/target/real-jenkins"
home="$work/home"
shots="$work/screenshots"
jenkins_log="$work/jenkins.log"
servers_log="$work/servers.log"
cookies="$work/cookies.txt"

say() { echo "real-jenkins: $*"; }
fail() {
  echo "real-jenkins: FAILED: $*" >&2
  exit 1
}

[ -f "$hpi" ] || fail "no plugin at $hpi: build it first (README, 'Building the plugin')"
[ -f "$war" ] || fail "no Jenkins war at $war: set JENKINS_REPO_DIR to the folder that holds jenkins-war $jenkins_version, or REAL_JENKINS_WAR"
[ -d "$plugin_source" ] || fail "no plugin folder $plugin_source: set JENKINS_REPO_DIR or REAL_JENKINS_PLUGINS"
[ -x /usr/bin/chromium ] || fail "no /usr/bin/chromium: apt-get install chromium"
for tool in java python3 curl node npm; do
  command -v "$tool" >/dev/null || fail "$tool is not installed"
done
vulnerable_jar="$plugin_dir/target/vulnerable-jars/log4j-core-2.14.1.jar"
[ -f "$vulnerable_jar" ] || vulnerable_jar="$HOME/.m2/repository/org/apache/logging/log4j/log4j-core/2.14.1/log4j-core-2.14.1.jar"
[ -f "$vulnerable_jar" ] || fail "no log4j-core-2.14.1.jar: package the plugin (its build copies it to plugin/target/vulnerable-jars)"

rm -rf "$work"
mkdir -p "$home/plugins" "$home/init.groovy.d" "$shots" "$work/fixtures"

pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 30); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
    kill -9 "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# --- 1. the loopback server: health endpoint and NVD feed -----------------------------------------------------------
feed_dir="$plugin_dir/src/test/resources/io/jenkins/plugins/deliverygates/security/nvd-feed"
python3 "$helpers/servers.py" "$feed_dir" "$work/servers.port" >"$servers_log" 2>&1 &
pids+=($!)
for _ in $(seq 1 50); do
  [ -s "$work/servers.port" ] && break
  sleep 0.2
done
[ -s "$work/servers.port" ] || fail "the loopback server did not start: $(cat "$servers_log")"
server="http://127.0.0.1:$(cat "$work/servers.port")"
[ "$(curl -sf "$server/health")" = ok ] || fail "$server/health does not answer ok"
say "health endpoint and NVD feed on $server"

# --- 2. Jenkins ------------------------------------------------------------------------------------------------------
# Every .hpi of the plugin folder and ours, named <Short-Name>.jpi (from their manifests) as Jenkins expects.
expected_plugins=()
while IFS=$'\t' read -r name file; do
  cp "$file" "$home/plugins/$name.jpi"
  expected_plugins+=("$name")
done < <(find "$plugin_source" -name '*.hpi' -type f | sort | python3 -c '
import sys, zipfile
for path in [sys.argv[1]] + sys.stdin.read().split():
    manifest = zipfile.ZipFile(path).read("META-INF/MANIFEST.MF").decode()
    name = [line.split(":", 1)[1].strip() for line in manifest.splitlines() if line.startswith("Short-Name:")][0]
    print(name + "\t" + path)' "$hpi")
[ "${expected_plugins[0]:-}" = delivery-gates ] || fail "$hpi is not the delivery-gates plugin"
say "${#expected_plugins[@]} plugins in $home/plugins"

cp "$helpers/init.groovy" "$home/init.groovy.d/real-jenkins.groovy"
cp "$project_dir/engine/src/test/resources/io/deliverygates/coverage/cobertura/coverage-py.xml" "$vulnerable_jar" \
  "$project_dir/engine/src/test/resources/io/deliverygates/license/npm-bom.json" \
  "$project_dir/engine/src/test/resources/io/deliverygates/performance/jmh-run1.json" "$work/fixtures/"
mkdir -p "$work/fixtures/api"
cp "$project_dir"/cli/src/main/resources/io/deliverygates/cli/demo/api/shop-client-1.{4,5}.0.jar "$work/fixtures/api/"

port="$(free_port)"
url="http://127.0.0.1:$port/"
REAL_JENKINS_ADMIN_PASSWORD="$(python3 -c 'import secrets; print(secrets.token_urlsafe(18))')"
export REAL_JENKINS_ADMIN_PASSWORD
auth="admin:$REAL_JENKINS_ADMIN_PASSWORD"
JENKINS_HOME="$home" REAL_JENKINS_URL="$url" REAL_JENKINS_FEED_URL="$server/nvd/" REAL_JENKINS_NVD_DIR="$work/nvd" \
  java -Xmx1g -Djava.awt.headless=true -Djenkins.install.runSetupWizard=false \
  -Dhudson.model.UpdateCenter.never=true -Dhudson.model.DownloadService.never=true -Dhudson.model.UsageStatistics.disabled=true \
  -Djenkins.model.Jenkins.slaveAgentPort=-1 \
  -jar "$war" --httpPort="$port" --httpListenAddress=127.0.0.1 >"$jenkins_log" 2>&1 &
pids+=($!)
jenkins_pid=$!
say "Jenkins $jenkins_version starting on $url (log: $jenkins_log)"

for _ in $(seq 1 600); do
  kill -0 "$jenkins_pid" 2>/dev/null || fail "Jenkins exited: $(tail -20 "$jenkins_log")"
  grep -q 'Jenkins is fully up and running' "$jenkins_log" && break
  sleep 0.5
done
grep -q 'Jenkins is fully up and running' "$jenkins_log" || fail "Jenkins did not start within 5 minutes ($jenkins_log)"
grep -q 'real-jenkins: init script done' "$jenkins_log" \
  || fail "the init script did not run through: $(grep -A5 -i 'real-jenkins.groovy' "$jenkins_log" | head -20)"
say "Jenkins up after $((SECONDS - started)) s"

# Every request as the admin, with one session (cookie jar) and its crumb for POSTs.
get() { curl -sS -f -u "$auth" -b "$cookies" -c "$cookies" "$url$1"; }
crumb_header="$(curl -sS -f -u "$auth" -b "$cookies" -c "$cookies" "${url}crumbIssuer/api/json" \
  | python3 -c 'import json, sys; c = json.load(sys.stdin); print(c["crumbRequestField"] + ": " + c["crumb"])')" \
  || fail "no crumb from ${url}crumbIssuer/api/json"
post() { curl -sS -f -u "$auth" -b "$cookies" -c "$cookies" -H "$crumb_header" -X POST "$@"; }

anonymous="$(curl -s -o /dev/null -w '%{http_code}' "${url}api/json")"
[ "$anonymous" = 403 ] || fail "anonymous read is not refused (HTTP $anonymous on ${url}api/json)"

# Plugins: all present and active, none failed.
get "pluginManager/api/json?depth=1&tree=plugins%5BshortName,version,active,enabled%5D" >"$work/plugins.json" \
  || fail "the plugin manager's API ${url}pluginManager/api/json does not answer"
failed_plugins="$(post --data-urlencode 'script=Jenkins.get().pluginManager.failedPlugins.each { println "${it.name}: ${it.cause}" }; null' \
  "${url}scriptText")" || fail "the script console ${url}scriptText does not answer"
[ -z "$failed_plugins" ] || fail "plugins failed to load: $failed_plugins"
python3 - "$work/plugins.json" "${expected_plugins[@]}" <<'EOF' || fail "not every plugin is active (above)"
import json, sys
plugins = {p["shortName"]: p for p in json.load(open(sys.argv[1]))["plugins"]}
problems = [name + (" is missing" if name not in plugins else " is not active")
            for name in sys.argv[2:] if not plugins.get(name, {}).get("active")]
for problem in problems:
    print("real-jenkins: plugin " + problem, file=sys.stderr)
print("real-jenkins: active plugins: " + ", ".join(sorted(n + " " + p["version"] for n, p in plugins.items())))
sys.exit(1 if problems else 0)
EOF

# --- 3. the job ------------------------------------------------------------------------------------------------------
python3 - "$helpers/Jenkinsfile" "$work/fixtures" "$server/health" >"$work/config.xml" <<'EOF'
import sys
from xml.sax.saxutils import escape
script = open(sys.argv[1]).read().replace("@FIXTURES@", sys.argv[2]).replace("@HEALTH_URL@", sys.argv[3])
print("""<?xml version='1.1' encoding='UTF-8'?>
<flow-definition>
  <description>Delivery Gates in a real Jenkins (plugin/src/it/real-jenkins.sh)</description>
  <definition class="org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition">
    <script>%s</script>
    <sandbox>true</sandbox>
  </definition>
</flow-definition>""" % escape(script))
EOF
post -H 'Content-Type: application/xml' --data-binary "@$work/config.xml" "${url}createItem?name=$job" >/dev/null \
  || fail "could not create the job $job through ${url}createItem"
post "${url}job/$job/build" >/dev/null || fail "could not start a build of $job"
say "job $job created from $helpers/Jenkinsfile, build 1 queued"

result=
for _ in $(seq 1 600); do
  state="$(get "job/$job/1/api/json?tree=building,result" 2>/dev/null || true)"
  if [ -n "$state" ]; then
    result="$(python3 -c 'import json, sys; s = json.loads(sys.argv[1]); print("" if s["building"] else s["result"])' "$state")"
    [ -n "$result" ] && break
  fi
  sleep 1
done
get "job/$job/1/consoleText" >"$work/build-1.log" || true
[ -n "$result" ] || fail "build 1 did not finish within 10 minutes (console: $work/build-1.log)"
say "build 1 finished: $result after $((SECONDS - started)) s (console: $work/build-1.log)"
[ "$result" = UNSTABLE ] || fail "build 1 is $result, expected UNSTABLE (console: $work/build-1.log): $(tail -15 "$work/build-1.log")"

expect() { # expect FILE WHAT TEXT...: every TEXT occurs in FILE
  local file="$1" what="$2" text
  shift 2
  for text in "$@"; do
    grep -qF -- "$text" "$file" || fail "$what does not show '$text' ($file)"
  done
}
expect "$work/build-1.log" "the console" \
  'real-jenkins: quality gate PASSED' \
  'real-jenkins: security scan UNSTABLE, top CVE-2021-44228 in log4j-core-2.14.1.jar' \
  'real-jenkins: license gate PASSED, API PASSED with 3 breaking, performance gate PASSED' \
  "Vulnerability database in $work/nvd updated from $server/nvd/" \
  'Security gate: UNSTABLE (1 dependencies, 2 findings, 2 new, 0 allowed, 0 suppressed)' \
  'violated: finding CVE-2021-44228 in log4j-core-2.14.1.jar has CVSS v3 10.0, above the maximum 9.0' \
  'Recorded the deployment of 1.0.1 to dev: SUCCEEDED' \
  'Recorded the deployment of 1.0.1 to staging: SUCCEEDED' \
  'Recorded the deployment of 1.0.1 to production: SUCCEEDED' \
  'SUCCEEDED: no more failures than the failureLimit of 0 (3 passed'
if grep -qF 'real-jenkins: ROLLING BACK' "$work/build-1.log"; then
  fail "the health analysis rolled back a healthy deployment ($work/build-1.log)"
fi

get "job/$job/1/" >"$work/build-1.html" || fail "the build page ${url}job/$job/1/ does not open"
expect "$work/build-1.html" "the build page" \
  'Quality gate: PASSED' '<code>line>=60</code>' 'line coverage 69.23% (18/26) meets >= 60%' \
  'branch coverage 50.00% (5/10) meets >= 50%' 'Security scan: UNSTABLE' \
  'finding CVE-2021-44228 in log4j-core-2.14.1.jar has CVSS v3 10.0, above the maximum 9.0' \
  'CVE-2021-44228 10.0 CRITICAL in log4j-core-2.14.1.jar' 'Security gate report' \
  'License gate: PASSED' '(25 components: 25 passed, 0 unstable, 0 failed, 0 excepted, 0 without license, 25 new)' \
  'API compatibility: PASSED' '3 breaking, 3 new, 0 allowed' 'against shop-client-1.4.0.jar' \
  'Performance gate: PASSED' 'no reference build'
# Jenkins draws a missing symbol as a cross (its placeholder's path): every summary's icon must exist.
if grep -qF 'M368 368L144 144M368 144L144 368' "$work/build-1.html"; then
  fail "the build page shows a missing icon's placeholder ($work/build-1.html)"
fi

get "job/$job/delivery-metrics/" >"$work/delivery-metrics.html" \
  || fail "the job's Delivery metrics page ${url}job/$job/delivery-metrics/ does not open"
expect "$work/delivery-metrics.html" "the Delivery metrics page" "Delivery metrics: $job" \
  'Recent production deployments' '1.0.1'
get "job/$job/delivery-metrics/csv" >"$work/delivery-metrics.csv" \
  || fail "the job's Delivery metrics CSV does not open"
python3 - "$work/delivery-metrics.csv" <<'EOF' || fail "the Delivery metrics CSV does not count the deployments ($work/delivery-metrics.csv)"
import csv, datetime, sys
rows = [r for r in csv.DictReader(open(sys.argv[1]))
        if r["period"] == "window" and r["metric"] == "deployment_frequency"]
def deployments(row):  # deployments a day times the window's days
    days = (datetime.datetime.fromisoformat(row["to"].replace("Z", "+00:00"))
            - datetime.datetime.fromisoformat(row["from"].replace("Z", "+00:00"))).days
    return round(float(row["value"] or 0) * days)
counted = {("production set" if r["scope"] == "production" else r["environment"]): deployments(r) for r in rows}
expected = {"production set": 1, "dev": 1, "staging": 1, "production": 1}
if counted != expected:
    print("real-jenkins: deployments in the window: %s, expected %s" % (counted, expected), file=sys.stderr)
    sys.exit(1)
print("real-jenkins: the Delivery metrics count one deployment each to dev, staging and production")
EOF

expect "$servers_log" "the loopback server's log" 'GET /nvd/cache.properties 200' 'GET /nvd/nvdcve-2021.json.gz 200' \
  'GET /health 200'
if grep -E 'SEVERE' "$jenkins_log" >"$work/severe.txt"; then
  say "note: Jenkins logged SEVERE lines (all in $work/severe.txt):"
  head -5 "$work/severe.txt"
fi
say "all checks passed after $((SECONDS - started)) s"

# --- 4. screenshots --------------------------------------------------------------------------------------------------
npm_dir="$plugin_dir/target/real-jenkins-npm"
if [ ! -d "$npm_dir/node_modules/playwright-core" ]; then
  npm install --silent --no-audit --no-fund --prefix "$npm_dir" "playwright-core@$playwright_version" >/dev/null \
    || fail "npm could not install playwright-core@$playwright_version"
fi
NODE_PATH="$npm_dir/node_modules" node "$helpers/screenshots.js" "$url" "$job" 1 "$shots" \
  || fail "screenshots could not be taken"
say "done in $((SECONDS - started)) s: screenshots in $shots"
