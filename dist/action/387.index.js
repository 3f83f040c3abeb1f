export const id = 387;
export const ids = [387,688];
export const modules = {

/***/ 49784:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fv: () => (/* binding */ validateAzureSettings),
/* harmony export */   G7: () => (/* binding */ withAzureDefaults)
/* harmony export */ });
/* unused harmony export azureSettingDefaults */
/* harmony import */ var _config_value_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33961);
/* harmony import */ var _shell_safety_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51484);
/**
 * Settings of the Azure side of a cloud run: who we are, where the image and the reports live,
 * which machines to ask for. Built once from action inputs or CLI flags; validated by
 * `validateAzureSettings` before anything reaches Azure or a VM.
 */


/** Defaults for the optional parts of `AzureSettings`. */
const azureSettingDefaults = {
    /** First choices when the config names none (the one default, shared with the config schema). */
    vmSizes: _config_value_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUD_DEFAULTS */ .RU.vmSizes,
    /** First choices when the config names none. */
    regions: _config_value_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUD_DEFAULTS */ .RU.regions,
    /** One load VM unless the config asks for more. */
    loadAgents: _config_value_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUD_DEFAULTS */ .RU.loadAgents,
    /** Public Node 24 image; point it at an ACR mirror to avoid Docker Hub pull limits. */
    runnerImage: 'node:24-bookworm-slim',
    /** Long enough for a nightly sweep, short enough that a leaked group does not cost a day. */
    ttlHours: 6,
    /** Burstable sizes are refused unless asked for. */
    allowBurstable: false,
};
/** Fills the optional settings with their defaults (empty lists count as absent). */
function withAzureDefaults(input) {
    return {
        ...input,
        vmSizes: input.vmSizes?.length ? [...input.vmSizes] : [...azureSettingDefaults.vmSizes],
        regions: input.regions?.length ? [...input.regions] : [...azureSettingDefaults.regions],
        loadAgents: input.loadAgents ?? azureSettingDefaults.loadAgents,
        runnerImage: input.runnerImage ?? azureSettingDefaults.runnerImage,
        ttlHours: input.ttlHours ?? azureSettingDefaults.ttlHours,
        allowBurstable: input.allowBurstable ?? azureSettingDefaults.allowBurstable,
    };
}
/** Checks every setting; returns all problems (empty when usable). */
function validateAzureSettings(settings) {
    const problems = [
        (0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_1__/* .checkSafeValue */ .$Y)('guid', 'tenant-id', settings.tenantId),
        (0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_1__/* .checkSafeValue */ .$Y)('guid', 'client-id', settings.clientId),
        (0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_1__/* .checkSafeValue */ .$Y)('guid', 'subscription-id', settings.subscriptionId),
        (0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_1__/* .checkSafeValue */ .$Y)('acrName', 'acr-name', settings.acrName),
        (0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_1__/* .checkSafeValue */ .$Y)('storageAccount', 'storage-account', settings.storageAccount),
        (0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_1__/* .checkSafeValue */ .$Y)('storageContainer', 'storage-container', settings.storageContainer),
        (0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_1__/* .checkSafeValue */ .$Y)('identityResourceId', 'vm-identity', settings.vmIdentityResourceId),
        (0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_1__/* .checkSafeValue */ .$Y)('image', 'runner-image', settings.runnerImage),
        (0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_1__/* .checkPositiveNumber */ .VI)('load-agents', settings.loadAgents),
        (0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_1__/* .checkPositiveNumber */ .VI)('ttl-hours', settings.ttlHours),
        ...settings.vmSizes.map((s, i) => (0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_1__/* .checkSafeValue */ .$Y)('vmSize', `vm-sizes[${i}]`, s)),
        ...settings.regions.map((r, i) => (0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_1__/* .checkSafeValue */ .$Y)('region', `regions[${i}]`, r)),
        settings.loadVmSize === undefined
            ? undefined
            : (0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_1__/* .checkSafeValue */ .$Y)('vmSize', 'load-vm-size', settings.loadVmSize),
    ];
    return problems.filter((p) => p !== undefined);
}
//# sourceMappingURL=azure-settings.js.map

/***/ }),

/***/ 34657:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DM: () => (/* binding */ runnerCommandScript),
/* harmony export */   NF: () => (/* binding */ renderProductCloudInit),
/* harmony export */   TE: () => (/* binding */ productReadyCommandScript),
/* harmony export */   Ug: () => (/* binding */ loadReadyCommandScript),
/* harmony export */   Yr: () => (/* binding */ renderLoadCloudInit),
/* harmony export */   tq: () => (/* binding */ samplesUploadCommandScript)
/* harmony export */ });
/* unused harmony exports vmPaths, productContainerName, baselineContainerName, acrTokenUser, productStartScript, samplerScript, loadPrepareScript, runnerContainerName */
/* harmony import */ var _image_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28734);
/* harmony import */ var _shell_safety_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51484);
/* harmony import */ var _engine_generator_heap_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63166);
/**
 * Cloud-init documents and run-command scripts for the VMs. Scripts are fixed text; the values
 * they need arrive as files written by cloud-init (base64, decoded by cloud-init itself) or as
 * run-command parameters (environment variables), never by splicing values into script text.
 * The only values placed in a file that a shell sources are ones that passed `shell-safety`
 * patterns, and they are single-quoted on top of that.
 */



/** Where things live on the VMs (fixed paths, referenced by the scripts below). */
const vmPaths = {
    /** Product settings sourced by the start script. */
    productConf: '/etc/bench/product.conf',
    /** Docker env file of the product container. */
    productEnv: '/etc/bench/product.env',
    /** Load-VM settings sourced by its scripts. */
    loadConf: '/etc/bench/load.conf',
    /** JSON status of the product start: `{ phase, atMs }`. */
    productStatus: '/var/lib/bench/product-status.json',
    /** JSON status of the load-VM preparation. */
    loadStatus: '/var/lib/bench/load-status.json',
    /** Sampler output, one JSON object per line per second. */
    samples: '/var/lib/bench/samples.jsonl',
    /** Where the runner bundle is downloaded on a load VM. */
    runnerBundle: '/opt/bench/runner.mjs',
};
/** Name of the product container on the product VM (the candidate of a same-VM A/B). */
const productContainerName = 'bench-product';
/** Name of the baseline container of a same-VM A/B, beside the product container. */
const baselineContainerName = 'bench-baseline';
/** Fixed user name of the ACR token exchange login (not a secret: the refresh token is). */
const acrTokenUser = '00000000-0000-0000-0000-000000000000';
/** Shell function shared by both VMs: IMDS token of the VM identity → ACR refresh token → docker login. */
const acrLoginFunction = `acr_login() {
  local aad refresh
  aad=$(curl -sfG --max-time 10 -H Metadata:true \\
    --data-urlencode api-version=2018-02-01 \\
    --data-urlencode resource=${_image_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .acrTokenAudience */ .So} \\
    --data-urlencode "msi_res_id=$BENCH_IDENTITY_ID" \\
    http://169.254.169.254/metadata/identity/oauth2/token | jq -r .access_token)
  [ -n "$aad" ] && [ "$aad" != null ] || return 1
  refresh=$(curl -sf --max-time 30 -X POST "https://$BENCH_ACR/oauth2/exchange" \\
    --data-urlencode grant_type=access_token \\
    --data-urlencode "service=$BENCH_ACR" \\
    --data-urlencode "access_token=$aad" | jq -r .refresh_token)
  [ -n "$refresh" ] && [ "$refresh" != null ] || return 1
  printf '%s' "$refresh" | docker login "$BENCH_ACR" --username ${acrTokenUser} --password-stdin
}

# The identity's role assignment can take minutes to reach ACR: bounded retries, each logged.
acr_login_with_retries() {
  local attempt
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    if acr_login; then return 0; fi
    echo "ACR login to $BENCH_ACR failed (attempt $attempt of 10); retrying in 15 s"
    sleep 15
  done
  return 1
}`;
/**
 * Status reporting of a cloud-init script: `status <phase>` records the phase (fixed words, so
 * printf writes valid JSON), and an ERR/EXIT trap turns any failure, guarded or not, into phase
 * `failed` with its step and exit code at once, so the readiness check stops waiting instead of
 * running out its timeout. The readiness check prints the end of the cloud-init output log.
 */
function statusReporting(statusFile) {
    return `step=starting
status() { step=$1; printf '{"phase":"%s","atMs":%s}\\n' "$1" "$(date +%s%3N)" > ${statusFile}; }
failure_reported=no
# shellcheck disable=SC2317 # called from the traps below
report_failure() {
  [ "$failure_reported" = yes ] && return 0
  failure_reported=yes
  printf '{"phase":"failed","step":"%s","exitCode":%s,"atMs":%s}\\n' "$step" "$1" "$(date +%s%3N)" > ${statusFile}
  echo "bench: step $step failed with exit code $1\${2:+ ($2)}" >&2
}
# shellcheck disable=SC2317 # called from the trap below
on_exit() {
  local rc=$?
  if [ "$rc" -ne 0 ]; then report_failure "$rc"; fi
}
trap 'report_failure "$?" "line $LINENO: $BASH_COMMAND"' ERR
trap on_exit EXIT`;
}
/**
 * Installs Docker and tools from Ubuntu's own packages, retrying apt a bounded number of times.
 * Agent extensions can hold the dpkg lock at boot: apt waits for it up to 10 minutes.
 */
const installPackages = `export DEBIAN_FRONTEND=noninteractive
installed=no
for attempt in 1 2 3 4 5; do
  if apt-get -o DPkg::Lock::Timeout=600 update -q &&
    apt-get -o DPkg::Lock::Timeout=600 install -y -q docker.io jq curl; then
    installed=yes
    break
  fi
  echo "apt-get install docker.io jq curl failed (attempt $attempt of 5); retrying in 15 s"
  sleep 15
done
[ "$installed" = yes ]
systemctl enable --now docker`;
/** Product VM start script: Docker, ACR login, pull by digest, run, sampler, health. */
const productStartScript = `#!/bin/bash
# Starts the product on the product VM. Values come from ${vmPaths.productConf} (checked
# patterns, quoted) and ${vmPaths.productEnv} (Docker reads it literally, no shell expansion).
set -Eeuo pipefail
mkdir -p /var/lib/bench
${statusReporting(vmPaths.productStatus)}
status configuring
# shellcheck source=/dev/null
. ${vmPaths.productConf}
status installing
${installPackages}
${acrLoginFunction}
status login
acr_login_with_retries
status pulling
docker pull "$BENCH_IMAGE"
# Same-VM A/B: the baseline image too, pulled by digest like the candidate.
if [ -n "\${BENCH_BASELINE_IMAGE:-}" ]; then docker pull "$BENCH_BASELINE_IMAGE"; fi
# The refresh token is only needed for the pull.
docker logout "$BENCH_ACR" || true
private_ip=$(curl -sf --max-time 10 -H Metadata:true \\
  "http://169.254.169.254/metadata/instance/network/interface/0/ipv4/ipAddress/0/privateIpAddress?api-version=2021-02-01&format=text")
status starting
# Duet: each container on its own half of the vCPUs (baseline the first, candidate the second)
# with equal memory limits, two fifths of the VM's memory each (the rest to the OS and Docker).
candidate_limits=()
baseline_limits=()
if [ "\${BENCH_AB_MODE:-}" = duet ]; then
  vcpus=$(nproc --all)
  half=$((vcpus / 2))
  if [ "$half" -lt 2 ] || [ $((vcpus % 2)) -ne 0 ]; then
    step=duet-vcpus
    echo "a duet needs an even vCPU count of 4 or more; this VM has $vcpus" >&2
    exit 1
  fi
  limit_kb=$(($(awk '/^MemTotal:/{print $2}' /proc/meminfo) * 2 / 5))
  baseline_limits=(--cpuset-cpus "0-$((half - 1))" --memory "\${limit_kb}k")
  candidate_limits=(--cpuset-cpus "$half-$((vcpus - 1))" --memory "\${limit_kb}k")
  printf '{"vcpus":%s,"baselineCpus":"0-%s","candidateCpus":"%s-%s","memoryLimitKb":%s}\\n' \\
    "$vcpus" "$((half - 1))" "$half" "$((vcpus - 1))" "$limit_kb" > /var/lib/bench/core-split.json
fi
docker rm -f ${productContainerName} ${baselineContainerName} >/dev/null 2>&1 || true
# Published on the private address only: reachable from the subnet, never from elsewhere.
docker run -d --name ${productContainerName} --restart unless-stopped \\
  --ulimit nofile=1048576:1048576 "\${candidate_limits[@]}" \\
  --env-file ${vmPaths.productEnv} \\
  -p "$private_ip:$BENCH_PORT:$BENCH_PORT" "$BENCH_IMAGE"
health_ports=("$BENCH_PORT")
if [ -n "\${BENCH_BASELINE_IMAGE:-}" ]; then
  docker run -d --name ${baselineContainerName} --restart unless-stopped \\
    --ulimit nofile=1048576:1048576 "\${baseline_limits[@]}" \\
    --env-file ${vmPaths.productEnv} \\
    -p "$private_ip:$BENCH_BASELINE_PORT:$BENCH_PORT" "$BENCH_BASELINE_IMAGE"
  health_ports+=("$BENCH_BASELINE_PORT")
fi
systemctl daemon-reload
systemctl enable --now bench-sampler.service
status waiting-for-health
for _ in $(seq 1 "$BENCH_HEALTH_TIMEOUT_SECONDS"); do
  healthy=yes
  for port in "\${health_ports[@]}"; do
    curl -sf --max-time 5 -o /dev/null "http://$private_ip:$port$BENCH_HEALTH_PATH" || healthy=no
  done
  if [ "$healthy" = yes ]; then
    status healthy
    exit 0
  fi
  sleep 1
done
step=unhealthy
echo "the product (ports \${health_ports[*]}) did not answer $BENCH_HEALTH_PATH within $BENCH_HEALTH_TIMEOUT_SECONDS s" >&2
exit 1
`;
/** Per-second sampler: raw counters (the report computes rates from consecutive lines). */
const samplerScript = `#!/bin/bash
# One JSON line per second: host CPU jiffies and memory, the container's cgroup counters (what
# docker stats reads) and, in a same-VM A/B, the baseline container's, TCP states from ss -s.
set -u
out=${vmPaths.samples}
cg=""
bcg=""
while true; do
  ts=$(date +%s%3N)
  read -r _ user nice system idle iowait irq softirq steal _ < /proc/stat
  mem_total=$(awk '/^MemTotal:/{print $2}' /proc/meminfo)
  mem_avail=$(awk '/^MemAvailable:/{print $2}' /proc/meminfo)
  if [ -z "$cg" ]; then
    cid=$(docker inspect -f '{{.Id}}' ${productContainerName} 2>/dev/null || true)
    [ -n "$cid" ] && [ -d "/sys/fs/cgroup/system.slice/docker-$cid.scope" ] && cg="/sys/fs/cgroup/system.slice/docker-$cid.scope"
  fi
  if [ -z "$bcg" ]; then
    bid=$(docker inspect -f '{{.Id}}' ${baselineContainerName} 2>/dev/null || true)
    [ -n "$bid" ] && [ -d "/sys/fs/cgroup/system.slice/docker-$bid.scope" ] && bcg="/sys/fs/cgroup/system.slice/docker-$bid.scope"
  fi
  c_cpu=null; c_mem=null; b_cpu=null; b_mem=null
  if [ -n "$cg" ]; then
    c_cpu=$(awk '/^usage_usec/{print $2}' "$cg/cpu.stat" 2>/dev/null || echo null)
    c_mem=$(cat "$cg/memory.current" 2>/dev/null || echo null)
  fi
  if [ -n "$bcg" ]; then
    b_cpu=$(awk '/^usage_usec/{print $2}' "$bcg/cpu.stat" 2>/dev/null || echo null)
    b_mem=$(cat "$bcg/memory.current" 2>/dev/null || echo null)
  fi
  tcp=$(ss -s | awk '/^TCP:/{print; exit}')
  estab=$(printf '%s' "$tcp" | sed -n 's/.*estab \\([0-9]*\\).*/\\1/p')
  timewait=$(printf '%s' "$tcp" | sed -n 's/.*timewait \\([0-9]*\\).*/\\1/p')
  jq -cn --argjson tsMs "$ts" \\
    --argjson user "$user" --argjson nice "$nice" --argjson system "$system" --argjson idle "$idle" \\
    --argjson iowait "$iowait" --argjson irq "$irq" --argjson softirq "$softirq" --argjson steal "$steal" \\
    --argjson memTotalKb "$mem_total" --argjson memAvailableKb "$mem_avail" \\
    --argjson containerCpuUsec "\${c_cpu:-null}" --argjson containerMemoryBytes "\${c_mem:-null}" \\
    --argjson baselineCpuUsec "\${b_cpu:-null}" --argjson baselineMemoryBytes "\${b_mem:-null}" \\
    --argjson tcpEstab "\${estab:-null}" --argjson tcpTimeWait "\${timewait:-null}" --arg tcpSummary "$tcp" \\
    '{tsMs:$tsMs,cpuJiffies:{user:$user,nice:$nice,system:$system,idle:$idle,iowait:$iowait,irq:$irq,softirq:$softirq,steal:$steal},memTotalKb:$memTotalKb,memAvailableKb:$memAvailableKb,container:{cpuUsec:$containerCpuUsec,memoryBytes:$containerMemoryBytes},baselineContainer:{cpuUsec:$baselineCpuUsec,memoryBytes:$baselineMemoryBytes},tcp:{estab:$tcpEstab,timeWait:$tcpTimeWait,summary:$tcpSummary}}' \\
    >> "$out" || true
  sleep 1
done
`;
/** systemd unit running the sampler. */
const samplerUnit = `[Unit]
Description=bench-action per-second sampler
After=docker.service

[Service]
ExecStart=/usr/local/bin/bench-sampler
Restart=always

[Install]
WantedBy=multi-user.target
`;
/** Load VM preparation: Docker and the runner image, so the run command starts quickly. */
const loadPrepareScript = `#!/bin/bash
# Prepares a load VM. Values come from ${vmPaths.loadConf} (checked patterns, quoted).
set -Eeuo pipefail
mkdir -p /var/lib/bench /opt/bench
${statusReporting(vmPaths.loadStatus)}
status configuring
# shellcheck source=/dev/null
. ${vmPaths.loadConf}
status installing
${installPackages}
# Many connections from one process: raise the limits the kernel and Docker apply.
sysctl -w net.ipv4.ip_local_port_range="10240 65535" || true
sysctl -w net.ipv4.tcp_tw_reuse=1 || true
${acrLoginFunction}
status login
case "$BENCH_RUNNER_IMAGE" in
  "$BENCH_ACR"/*) acr_login_with_retries ;;
esac
status pulling
docker pull "$BENCH_RUNNER_IMAGE"
status ready
`;
/** Renders `#cloud-config` with base64 files and a no-shell runcmd (argv list). */
function renderCloudConfig(files, runcmd) {
    const lines = ['#cloud-config', 'write_files:'];
    for (const file of files) {
        lines.push(`  - path: ${file.path}`, `    permissions: '${file.permissions}'`, `    owner: root:root`, `    encoding: b64`, `    content: ${(0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_0__/* .encodeBase64 */ .WG)(file.content)}`);
    }
    lines.push('runcmd:');
    for (const argv of runcmd)
        lines.push(`  - [${argv.map((a) => JSON.stringify(a)).join(', ')}]`);
    return `${lines.join('\n')}\n`;
}
/** Cloud-init for the product VM (plain text; base64 it for `customData`). */
function renderProductCloudInit(input) {
    const conf = [
        `BENCH_IMAGE=${(0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .ZL)(input.image)}`,
        `BENCH_PORT=${(0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .ZL)(String(Math.trunc(input.port)))}`,
        `BENCH_HEALTH_PATH=${(0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .ZL)(input.healthPath)}`,
        `BENCH_HEALTH_TIMEOUT_SECONDS=${(0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .ZL)(String(Math.max(1, Math.trunc(input.healthTimeoutSeconds))))}`,
        `BENCH_ACR=${(0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .ZL)(input.acrLoginServer)}`,
        `BENCH_IDENTITY_ID=${(0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .ZL)(input.identityResourceId)}`,
        ...(input.baseline
            ? [
                `BENCH_BASELINE_IMAGE=${(0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .ZL)(input.baseline.image)}`,
                `BENCH_BASELINE_PORT=${(0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .ZL)(String(Math.trunc(input.baseline.hostPort)))}`,
                `BENCH_AB_MODE=${(0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .ZL)(input.baseline.mode === 'duet' ? 'duet' : 'interleaved')}`,
            ]
            : []),
        '',
    ].join('\n');
    return renderCloudConfig([
        { path: vmPaths.productConf, content: conf, permissions: '0600' },
        { path: vmPaths.productEnv, content: (0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_0__/* .renderEnvFile */ .mJ)(input.env), permissions: '0600' },
        {
            path: '/usr/local/bin/bench-product-start',
            content: productStartScript,
            permissions: '0755',
        },
        { path: '/usr/local/bin/bench-sampler', content: samplerScript, permissions: '0755' },
        {
            path: '/etc/systemd/system/bench-sampler.service',
            content: samplerUnit,
            permissions: '0644',
        },
    ], [['/usr/local/bin/bench-product-start']]);
}
/** Cloud-init for a load VM (plain text; base64 it for `customData`). */
function renderLoadCloudInit(input) {
    const conf = [
        `BENCH_RUNNER_IMAGE=${(0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .ZL)(input.runnerImage)}`,
        `BENCH_ACR=${(0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .ZL)(input.acrLoginServer)}`,
        `BENCH_IDENTITY_ID=${(0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .ZL)(input.identityResourceId)}`,
        '',
    ].join('\n');
    return renderCloudConfig([
        { path: vmPaths.loadConf, content: conf, permissions: '0600' },
        {
            path: '/usr/local/bin/bench-load-prepare',
            content: loadPrepareScript,
            permissions: '0755',
        },
    ], [['/usr/local/bin/bench-load-prepare']]);
}
/**
 * Reads a field of a status file with sed: jq is not there when the package install failed, and
 * that is exactly when the readiness check must see `failed` at once.
 */
function statusField(statusFile) {
    return `field() { sed -n "s/.*\\"$1\\":\\"\\([a-z-]*\\)\\".*/\\1/p" ${statusFile} 2>/dev/null || true; }`;
}
/** Waits for cloud-init's outcome on the product VM; exit 0 when healthy. Parameter: `BENCH_WAIT_SECONDS`. */
const productReadyCommandScript = `#!/bin/bash
set -u
${statusField(vmPaths.productStatus)}
phase=none
for _ in $(seq 1 "\${BENCH_WAIT_SECONDS:-600}"); do
  phase=$(field phase)
  phase=\${phase:-none}
  case "$phase" in
    healthy) echo "product healthy"; exit 0 ;;
    failed|*-failed|unhealthy)
      echo "product start failed in step $(field step) (phase $phase)"
      tail -n 50 /var/log/cloud-init-output.log || true
      exit 2 ;;
  esac
  sleep 1
done
echo "product not healthy in time (last phase: $phase)"
exit 3
`;
/** Waits for a load VM's preparation; exit 0 when ready. Parameter: `BENCH_WAIT_SECONDS`. */
const loadReadyCommandScript = `#!/bin/bash
set -u
${statusField(vmPaths.loadStatus)}
phase=none
for _ in $(seq 1 "\${BENCH_WAIT_SECONDS:-600}"); do
  phase=$(field phase)
  phase=\${phase:-none}
  case "$phase" in
    ready) echo "load VM ready"; exit 0 ;;
    failed|*-failed)
      echo "load VM preparation failed in step $(field step) (phase $phase)"
      tail -n 50 /var/log/cloud-init-output.log || true
      exit 2 ;;
  esac
  sleep 1
done
echo "load VM not ready in time (last phase: $phase)"
exit 3
`;
/** Name of the runner container on a load VM. */
const runnerContainerName = 'bench-runner';
/**
 * Runs the runner bundle on a load VM. Parameters (environment variables): protected
 * `BENCH_RUNNER_BUNDLE_URL` (SAS URL of the bundle) and any `BENCH_*` the runner reads, which
 * are handed to the container through an env file, never through the command line. The
 * container is named and detached and this script waits on it: deleting the run command (or its
 * timeout) ends the shell, not a container it started, so TERM and EXIT stop the container.
 */
const runnerCommandScript = `#!/bin/bash
set -euo pipefail
# shellcheck source=/dev/null
. ${vmPaths.loadConf}
runner=${runnerContainerName}
# shellcheck disable=SC2317 # called from the traps below
stop_runner() { docker stop --time 10 "$runner" >/dev/null 2>&1 || true; }
trap stop_runner EXIT
trap 'stop_runner; exit 143' TERM INT
mkdir -p /opt/bench
curl -sf --retry 5 --retry-delay 3 --max-time 300 -o ${vmPaths.runnerBundle} "$BENCH_RUNNER_BUNDLE_URL"
env | grep '^BENCH_' | grep -v -e '^BENCH_RUNNER_BUNDLE_URL=' -e '^BENCH_RUNNER_IMAGE=' -e '^BENCH_ACR=' -e '^BENCH_IDENTITY_ID=' > /opt/bench/runner.env || true
chmod 600 /opt/bench/runner.env
docker rm -f "$runner" >/dev/null 2>&1 || true
docker run -d --name "$runner" --network host --ulimit nofile=1048576:1048576 \\
  --env-file /opt/bench/runner.env -v /opt/bench:/opt/bench:ro \\
  "$BENCH_RUNNER_IMAGE" node ${_engine_generator_heap_js__WEBPACK_IMPORTED_MODULE_1__/* .GENERATOR_NODE_FLAGS */ .vk.join(' ')} ${vmPaths.runnerBundle} >/dev/null
# The runner's output goes to this command's output (and its append blob).
docker logs -f "$runner" &
# Waited for with the wait builtin, which a trap interrupts: TERM stops the container at once.
docker wait "$runner" > /opt/bench/runner.exit &
wait "$!"
exit_code=$(cat /opt/bench/runner.exit)
wait || true
docker rm "$runner" >/dev/null 2>&1 || true
exit "$exit_code"
`;
/** Uploads the sampler's file to a blob. Protected parameter: `BENCH_SAMPLES_URL` (SAS URL). */
const samplesUploadCommandScript = `#!/bin/bash
set -euo pipefail
# Copy first: the sampler keeps appending while we upload.
cp ${vmPaths.samples} /var/lib/bench/samples-upload.jsonl
curl -sf --retry 5 --retry-delay 3 --max-time 300 -X PUT -H 'x-ms-blob-type: BlockBlob' \\
  --data-binary @/var/lib/bench/samples-upload.jsonl "$BENCH_SAMPLES_URL"
echo "uploaded $(wc -l < /var/lib/bench/samples-upload.jsonl) samples"
`;
//# sourceMappingURL=cloud-init.js.map

/***/ }),

/***/ 28734:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   So: () => (/* binding */ acrTokenAudience),
/* harmony export */   Xp: () => (/* binding */ formatPinnedImage),
/* harmony export */   o_: () => (/* binding */ parseImageReference)
/* harmony export */ });
/**
 * Container image references, split into their parts. The product VM pulls by digest only, so
 * a tag given in the config is resolved to a digest before provisioning.
 */
/**
 * Audience of the Entra token exchanged at a registry's `/oauth2/exchange`: the registry's own,
 * which ACR accepts even when "authentication as ARM" is turned off for the registry (then
 * ARM-audience tokens are refused).
 */
const acrTokenAudience = 'https://containerregistry.azure.net';
const referencePattern = /^([a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?::[0-9]{1,5})?)\/([a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*)(?::([A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$/;
/** Splits a fully qualified reference; undefined when it is not one (no registry host, bad characters). */
function parseImageReference(reference) {
    const m = referencePattern.exec(reference);
    if (!m?.[1] || !m[2])
        return undefined;
    // Without a dot or port the first part is a Docker Hub namespace, not a registry.
    if (!m[1].includes('.') && !m[1].includes(':') && m[1] !== 'localhost')
        return undefined;
    return {
        registry: m[1],
        repository: m[2],
        ...(m[3] !== undefined && { tag: m[3] }),
        ...(m[4] !== undefined && { digest: m[4] }),
    };
}
/** `registry/repository[:tag]@digest`. */
function formatPinnedImage(ref, digest) {
    return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}@${digest}`;
}
//# sourceMappingURL=image-reference.js.map

/***/ }),

/***/ 93560:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BI: () => (/* binding */ azureCoreSplit),
/* harmony export */   cX: () => (/* binding */ describeAzureAb),
/* harmony export */   m7: () => (/* binding */ planAzureAb)
/* harmony export */ });
/* unused harmony export whyNoDuet */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _machine_plan_core_split_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75601);
/* harmony import */ var _vm_sizes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99401);



/** Why a size cannot run a duet, or undefined when it can. */
function whyNoDuet(size) {
    const vCpus = (0,_vm_sizes_js__WEBPACK_IMPORTED_MODULE_2__/* .describeVmSize */ .S)(size).vCpus;
    if (vCpus === undefined)
        return `${size} (vCPU count unknown)`;
    if (vCpus < 4 || vCpus % 2 !== 0)
        return `${size} (${vCpus} vCPUs)`;
    return undefined;
}
/**
 * The layout for a plan's comparison settings and the product VM sizes the run may use; throws
 * `AZURE_DUET_VCPUS` when the config asked for a duet that some size cannot run.
 */
function planAzureAb(input) {
    const baselinePort = input.productPort >= 65_535 ? input.productPort - 1 : input.productPort + 1;
    const base = { candidatePort: input.productPort, baselinePort };
    if (input.compare.mode !== 'duet')
        return { mode: 'interleaved', ...base };
    const unfit = input.vmSizes.map(whyNoDuet).filter((w) => w !== undefined);
    if (unfit.length === 0)
        return { mode: 'duet', ...base };
    if (input.compare.modeDefaulted) {
        return {
            mode: 'interleaved',
            ...base,
            modeNote: `compare.mode is not set and the product VM size ${unfit.join(', ')} cannot be split into two halves of 2 or more vCPUs: interleaved rounds instead of the default duet.`,
        };
    }
    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('AZURE_DUET_VCPUS', `A duet gives each container half of the product VM's vCPUs, which needs an even count of 4 or more; the run may use ${unfit.join(', ')}.`, 'List only sizes with an even vCPU count of 4 or more in vm-sizes (e.g. Standard_D4s_v5), or set `compare.mode: interleaved`.');
}
/**
 * The split of a duet on a product VM of `vCpus`: the baseline container on the first half, the
 * candidate on the second, for the whole run (the start script sets `--cpuset-cpus` once).
 */
function azureCoreSplit(vCpus, size) {
    const half = Math.floor(vCpus / 2);
    const first = Array.from({ length: half }, (_, i) => i);
    const second = Array.from({ length: half }, (_, i) => half + i);
    return {
        cpus: vCpus,
        pinned: true,
        first,
        second,
        generator: 'on the load VMs, apart from both containers',
        note: `Duet on the product VM (${size}, ${vCpus} vCPUs): the baseline container on CPUs ${(0,_machine_plan_core_split_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCpuList */ .mK)(first)}, the candidate on CPUs ${(0,_machine_plan_core_split_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCpuList */ .mK)(second)} (--cpuset-cpus), equal --memory limits; the containers keep their halves for the whole run, so here "first" is always the baseline and the schedule's order is recorded without moving them; load generator on the load VMs.`,
    };
}
/** The A/B on the product VM in lines of text, for `bench plan` (pure, no Azure). */
function describeAzureAb(input) {
    const { layout, compare } = input;
    const vCpus = (0,_vm_sizes_js__WEBPACK_IMPORTED_MODULE_2__/* .describeVmSize */ .S)(input.vmSize).vCpus;
    const split = layout.mode === 'duet' && vCpus !== undefined ? azureCoreSplit(vCpus, input.vmSize) : undefined;
    const limits = (cpus) => split && cpus
        ? `, --cpuset-cpus ${(0,_machine_plan_core_split_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCpuList */ .mK)(cpus)}, --memory two fifths of the VM's memory`
        : ', no CPU or memory limit';
    const lines = [
        `Mode: ${layout.mode}${layout.modeNote ? ` (${layout.modeNote})` : ''}`,
        `Candidate container bench-product: ${input.images.candidate}, port ${layout.candidatePort}${limits(split?.second)}`,
        `Baseline container bench-baseline: ${input.images.baseline}, port ${layout.baselinePort} (container port ${layout.candidatePort})${limits(split?.first)}`,
        split
            ? `Core split on ${input.vmSize}: ${split.note}`
            : layout.mode === 'duet'
                ? `Core split: ${input.vmSize} has no known vCPU count; the start script splits what nproc reports`
                : 'Core split: none (interleaved: one side loaded at a time, both unpinned)',
        `Rounds: at least ${compare.minRounds}, at most ${compare.maxRounds}${compare.timeBudgetMs !== undefined ? `, within ${Math.round(compare.timeBudgetMs / 1000)} s` : ''}; one runner command per load VM and round; stopping rule: repeated confidence intervals, O'Brien-Fleming spending`,
    ];
    if (input.schedule && compare.seed !== undefined) {
        lines.push(`Order of rounds (seed ${compare.seed}, first ${input.schedule.length}):`);
        for (const round of input.schedule) {
            lines.push(`  round ${round.round}: ${round.steps.map((s) => `${s.scenario}@${s.level}: ${s.order.join(layout.mode === 'duet' ? ' with ' : ' then ')}`).join('; ')}`);
        }
    }
    else {
        lines.push('Order of rounds: drawn at run time from a new seed (recorded in the report); set compare.seed to fix it');
    }
    return lines;
}
//# sourceMappingURL=plan-azure-ab.js.map

/***/ }),

/***/ 55688:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   quotaShortfall: () => (/* binding */ quotaShortfall),
/* harmony export */   renderPreflightChecklist: () => (/* binding */ renderPreflightChecklist),
/* harmony export */   vcpusNeeded: () => (/* binding */ vcpusNeeded)
/* harmony export */ });
/* harmony import */ var _vm_sizes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99401);

/** vCPUs one run takes on a choice, per quota name (`cores` and the families). */
function vcpusNeeded(size, loadVmSize, loadAgents) {
    const product = (0,_vm_sizes_js__WEBPACK_IMPORTED_MODULE_0__/* .describeVmSize */ .S)(size);
    const load = (0,_vm_sizes_js__WEBPACK_IMPORTED_MODULE_0__/* .describeVmSize */ .S)(loadVmSize ?? size);
    if (product.vCpus === undefined || load.vCpus === undefined)
        return undefined;
    const needed = new Map();
    const add = (name, vcpus) => {
        if (name !== undefined)
            needed.set(name, (needed.get(name) ?? 0) + vcpus);
    };
    add('cores', product.vCpus + loadAgents * load.vCpus);
    add(product.quotaFamily, product.vCpus);
    add(load.quotaFamily, loadAgents * load.vCpus);
    return needed;
}
/** Whether a region's usage leaves room for `needed`; the first quota short of room, when not. */
function quotaShortfall(needed, usage) {
    for (const [name, vcpus] of needed) {
        const line = usage.find((u) => u.name.toLowerCase() === name.toLowerCase());
        if (!line)
            continue;
        const left = line.limit - line.currentValue;
        if (left < vcpus)
            return { name, left, needed: vcpus };
    }
    return undefined;
}
/** Marks of each status in the checklist. */
const marks = {
    pass: '[ok]  ',
    warn: '[warn]',
    fail: '[FAIL]',
    skip: '[skip]',
};
/** The checklist as text: one line per check, the fix under each failure or warning, a verdict. */
function renderPreflightChecklist(report) {
    const lines = [`Azure preflight for subscription ${report.subscriptionId}`];
    for (const check of report.checks) {
        lines.push(`${marks[check.status]} ${check.title}: ${check.detail}`);
        if (check.fix && (check.status === 'fail' || check.status === 'warn')) {
            lines.push(`         fix: ${check.fix}`);
        }
    }
    const failed = report.checks.filter((c) => c.status === 'fail').length;
    const warned = report.checks.filter((c) => c.status === 'warn').length;
    lines.push(failed > 0
        ? `${failed} of ${report.checks.length} checks failed; a run would stop before creating anything.`
        : `All ${report.checks.length} checks passed${warned > 0 ? ` (${warned} with a warning)` : ''}.`);
    return `${lines.join('\n')}\n`;
}
//# sourceMappingURL=preflight-model.js.map

/***/ }),

/***/ 58182:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Au: () => (/* binding */ productCloudInitFor),
/* harmony export */   Es: () => (/* binding */ buildGroupBody),
/* harmony export */   JG: () => (/* binding */ buildNsgBody),
/* harmony export */   Q1: () => (/* binding */ buildNatGatewayBody),
/* harmony export */   VK: () => (/* binding */ buildPlacementGroupBody),
/* harmony export */   a: () => (/* binding */ resourceId),
/* harmony export */   c7: () => (/* binding */ warnAboutRunSpec),
/* harmony export */   cW: () => (/* binding */ osImageVersionsCommand),
/* harmony export */   f2: () => (/* binding */ buildNicBody),
/* harmony export */   f5: () => (/* binding */ assertAzureRunSpecSafe),
/* harmony export */   g0: () => (/* binding */ buildVmBody),
/* harmony export */   mb: () => (/* binding */ buildVnetBody),
/* harmony export */   p4: () => (/* binding */ subnetId),
/* harmony export */   pn: () => (/* binding */ loadCloudInitFor),
/* harmony export */   qd: () => (/* binding */ buildNatPublicIpBody),
/* harmony export */   tl: () => (/* binding */ ubuntuImage),
/* harmony export */   wf: () => (/* binding */ placementIntentSizes),
/* harmony export */   ys: () => (/* binding */ validateAzureRunSpec)
/* harmony export */ });
/* unused harmony export addressPlan */
/* harmony import */ var _cloud_init_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34657);
/* harmony import */ var _run_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10119);
/* harmony import */ var _shell_safety_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51484);
/* harmony import */ var _vm_sizes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99401);
/**
 * Request bodies of everything a cloud run creates, in the shape the `@azure/arm-*` clients
 * take (flattened properties). Pure: the fleet sends them, the dry run prints them.
 */




/** Ubuntu 24.04 LTS, pinned so that two runs boot the same kernel and packages. */
const ubuntuImage = {
    publisher: 'Canonical',
    offer: 'ubuntu-24_04-lts',
    sku: 'server',
    /** Change deliberately: a new image can move benchmark numbers. */
    version: '24.04.202510010',
};
/** The Azure CLI command that lists the versions of the pinned image that exist in `region`. */
function osImageVersionsCommand(region) {
    return `az vm image list --location ${region} --publisher ${ubuntuImage.publisher} --offer ${ubuntuImage.offer} --sku ${ubuntuImage.sku} --all --query "[].version" -o tsv`;
}
/** Address plan of the run's VNet. */
const addressPlan = { vnet: '10.42.0.0/16', subnet: '10.42.1.0/24' };
/** Checks every value of a spec that can reach Azure or a VM; returns all problems. */
function validateAzureRunSpec(spec) {
    const problems = [
        (0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_2__/* .checkSafeValue */ .$Y)('resourceGroupName', 'groupName', spec.groupName),
        (0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_2__/* .checkSafeValue */ .$Y)('imageByDigest', 'product.image', spec.product.image),
        (0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_2__/* .checkPort */ .Yn)('product.port', spec.product.port),
        (0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_2__/* .checkSafeValue */ .$Y)('urlPath', 'product.healthPath', spec.product.healthPath),
        (0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_2__/* .checkPositiveNumber */ .VI)('product.healthTimeoutSeconds', spec.product.healthTimeoutSeconds),
        ...(0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_2__/* .checkEnvironment */ .Qz)(spec.product.env),
        ...(spec.baseline
            ? [
                (0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_2__/* .checkSafeValue */ .$Y)('imageByDigest', 'baseline.image', spec.baseline.image),
                (0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_2__/* .checkPort */ .Yn)('baseline.hostPort', spec.baseline.hostPort),
                spec.baseline.hostPort === spec.product.port
                    ? {
                        field: 'baseline.hostPort',
                        shown: String(spec.baseline.hostPort),
                        expected: 'a port other than the candidate’s',
                    }
                    : undefined,
                spec.baseline.mode === 'interleaved' || spec.baseline.mode === 'duet'
                    ? undefined
                    : {
                        field: 'baseline.mode',
                        shown: JSON.stringify(spec.baseline.mode),
                        expected: 'interleaved or duet',
                    },
            ]
            : []),
        /^[a-zA-Z0-9]{5,50}\.azurecr\.io$/.test(spec.acrLoginServer)
            ? undefined
            : {
                field: 'acrLoginServer',
                shown: JSON.stringify(spec.acrLoginServer),
                expected: '<registry>.azurecr.io',
            },
        (0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_2__/* .checkSafeValue */ .$Y)('identityResourceId', 'identityResourceId', spec.identityResourceId),
        (0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_2__/* .checkSafeValue */ .$Y)('image', 'runnerImage', spec.runnerImage),
        (0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_2__/* .checkPositiveNumber */ .VI)('loadAgents', spec.loadAgents),
        spec.loadAgents > 20 || !Number.isInteger(spec.loadAgents)
            ? { field: 'loadAgents', shown: String(spec.loadAgents), expected: 'an integer 1-20' }
            : undefined,
        /^(ssh-rsa|ssh-ed25519) [A-Za-z0-9+/]+={0,3}( [A-Za-z0-9@._-]+)?$/.test(spec.sshPublicKey)
            ? undefined
            : { field: 'sshPublicKey', shown: '(key)', expected: 'an OpenSSH public key line' },
        spec.vmSizes.length === 0
            ? { field: 'vmSizes', shown: '[]', expected: 'at least one VM size' }
            : undefined,
        spec.regions.length === 0
            ? { field: 'regions', shown: '[]', expected: 'at least one region' }
            : undefined,
        ...spec.vmSizes.map((s, i) => (0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_2__/* .checkSafeValue */ .$Y)('vmSize', `vmSizes[${i}]`, s)),
        ...spec.regions.map((r, i) => (0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_2__/* .checkSafeValue */ .$Y)('region', `regions[${i}]`, r)),
        spec.loadVmSize === undefined
            ? undefined
            : (0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_2__/* .checkSafeValue */ .$Y)('vmSize', 'loadVmSize', spec.loadVmSize),
        ...Object.entries(spec.tags).map(([k, v]) => k.length <= 512 && v.length <= 256 && !/[<>%&\\?/\r\n]/.test(k)
            ? undefined
            : {
                field: `tags.${k}`,
                shown: JSON.stringify(v),
                expected: 'an Azure tag (name ≤ 512, value ≤ 256)',
            }),
    ];
    if (!spec.allowBurstable) {
        for (const [i, size] of [...spec.vmSizes, spec.loadVmSize ?? 'Standard_D2s_v5'].entries()) {
            if ((0,_vm_sizes_js__WEBPACK_IMPORTED_MODULE_3__/* .describeVmSize */ .S)(size).burstable) {
                problems.push({
                    field: i < spec.vmSizes.length ? `vmSizes[${i}]` : 'loadVmSize',
                    shown: JSON.stringify(size),
                    expected: 'a non-burstable size (B-series CPU credits make numbers unstable; set allow-burstable to use it anyway)',
                });
            }
        }
    }
    return problems.filter((p) => p !== undefined);
}
/** Throws `AZURE_UNSAFE_VALUE` listing every problem of the spec. */
function assertAzureRunSpecSafe(spec) {
    (0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_2__/* .assertNoUnsafeValues */ .mi)(validateAzureRunSpec(spec));
}
/** Warnings about a spec that is allowed but worth a line in the log and report. */
function warnAboutRunSpec(spec) {
    const warnings = [];
    for (const size of new Set([...spec.vmSizes, ...(spec.loadVmSize ? [spec.loadVmSize] : [])])) {
        const facts = (0,_vm_sizes_js__WEBPACK_IMPORTED_MODULE_3__/* .describeVmSize */ .S)(size);
        if (facts.burstable) {
            warnings.push(`${size} is burstable (B-series): CPU credits make results depend on what ran before.`);
        }
        if (!facts.known) {
            warnings.push(`${size} is not in the size table: accelerated networking stays off for it.`);
        }
    }
    return warnings;
}
/** ARM id of a resource in the run group. */
function resourceId(subscriptionId, groupName, provider, type, name) {
    return `/subscriptions/${subscriptionId}/resourceGroups/${groupName}/providers/${provider}/${type}/${name}`;
}
/** Id of the subnet (a child of the VNet) in `region`. */
function subnetId(subscriptionId, groupName, region) {
    return `${resourceId(subscriptionId, groupName, 'Microsoft.Network', 'virtualNetworks', _run_names_js__WEBPACK_IMPORTED_MODULE_1__/* .runResourceNames */ .Aq.vnet(region))}/subnets/${_run_names_js__WEBPACK_IMPORTED_MODULE_1__/* .runResourceNames */ .Aq.subnet}`;
}
/** Resource group body. */
function buildGroupBody(location, tags) {
    return { location, tags };
}
/** Standard static public IP, used only by the NAT gateway (no VM gets a public IP). */
function buildNatPublicIpBody(location, tags) {
    return {
        location,
        tags,
        sku: { name: 'Standard', tier: 'Regional' },
        publicIPAllocationMethod: 'Static',
        publicIPAddressVersion: 'IPv4',
    };
}
/** NAT gateway: the subnet's only way out (image pulls, Blob, run-command traffic). */
function buildNatGatewayBody(location, tags, publicIpId) {
    return {
        location,
        tags,
        sku: { name: 'Standard' },
        idleTimeoutInMinutes: 4,
        publicIpAddresses: [{ id: publicIpId }],
    };
}
/** NSG: traffic within the VNet allowed, anything from the internet denied; outbound by default rules. */
function buildNsgBody(location, tags) {
    return {
        location,
        tags,
        securityRules: [
            {
                name: 'allow-vnet-inbound',
                priority: 100,
                direction: 'Inbound',
                access: 'Allow',
                protocol: '*',
                sourceAddressPrefix: 'VirtualNetwork',
                sourcePortRange: '*',
                destinationAddressPrefix: 'VirtualNetwork',
                destinationPortRange: '*',
            },
            {
                name: 'deny-internet-inbound',
                priority: 4000,
                direction: 'Inbound',
                access: 'Deny',
                protocol: '*',
                sourceAddressPrefix: 'Internet',
                sourcePortRange: '*',
                destinationAddressPrefix: '*',
                destinationPortRange: '*',
            },
        ],
    };
}
/** VNet with one subnet behind the NSG and the NAT gateway, without default outbound access. */
function buildVnetBody(location, tags, ids) {
    return {
        location,
        tags,
        addressSpace: { addressPrefixes: [addressPlan.vnet] },
        subnets: [
            {
                name: _run_names_js__WEBPACK_IMPORTED_MODULE_1__/* .runResourceNames */ .Aq.subnet,
                addressPrefix: addressPlan.subnet,
                networkSecurityGroup: { id: ids.nsgId },
                natGateway: { id: ids.natGatewayId },
                defaultOutboundAccess: false,
            },
        ],
    };
}
/**
 * Sizes a placement group's intent names for a product VM of `productSize`: that size and the
 * load VMs' size, nothing else. Azure creates a group with an intent only if one datacenter can
 * serve every size in it (OverconstrainedAllocationRequest otherwise), so fallback sizes of
 * other families never go in.
 */
function placementIntentSizes(productSize, loadVmSize) {
    return [...new Set([productSize, loadVmSize ?? productSize])];
}
/**
 * Proximity placement group: product and load VMs in one datacenter, low and stable latency.
 * Without `vmSizes` (or with none) it has no intent: Azure then places it with the first VM.
 */
function buildPlacementGroupBody(location, tags, vmSizes) {
    return {
        location,
        tags,
        proximityPlacementGroupType: 'Standard',
        ...(vmSizes !== undefined && vmSizes.length > 0 && { intent: { vmSizes } }),
    };
}
/** NIC in the subnet with a private address only. */
function buildNicBody(location, tags, subnet, vmSize) {
    return {
        location,
        tags,
        enableAcceleratedNetworking: (0,_vm_sizes_js__WEBPACK_IMPORTED_MODULE_3__/* .describeVmSize */ .S)(vmSize).acceleratedNetworking,
        ipConfigurations: [
            {
                name: 'ipconfig1',
                primary: true,
                privateIPAllocationMethod: 'Dynamic',
                subnet: { id: subnet },
            },
        ],
    };
}
/** Linux VM without public IP or password; disks and NIC deleted with the VM. */
function buildVmBody(input) {
    const adminUsername = 'benchadmin';
    return {
        location: input.location,
        tags: input.tags,
        identity: {
            type: 'UserAssigned',
            userAssignedIdentities: { [input.identityResourceId]: {} },
        },
        hardwareProfile: { vmSize: input.vmSize },
        storageProfile: {
            imageReference: { ...ubuntuImage },
            osDisk: {
                createOption: 'FromImage',
                caching: 'ReadWrite',
                deleteOption: 'Delete',
                diskSizeGB: 64,
                managedDisk: { storageAccountType: 'Premium_LRS' },
            },
        },
        osProfile: {
            computerName: input.computerName,
            adminUsername,
            customData: (0,_shell_safety_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeBase64 */ .WG)(input.cloudInit),
            linuxConfiguration: {
                disablePasswordAuthentication: true,
                provisionVMAgent: true,
                ssh: {
                    publicKeys: [
                        { path: `/home/${adminUsername}/.ssh/authorized_keys`, keyData: input.sshPublicKey },
                    ],
                },
            },
        },
        networkProfile: {
            networkInterfaces: [{ id: input.nicId, primary: true, deleteOption: 'Delete' }],
        },
        proximityPlacementGroup: { id: input.placementGroupId },
        diagnosticsProfile: { bootDiagnostics: { enabled: true } },
    };
}
/** Cloud-init of the product VM for a spec. */
function productCloudInitFor(spec) {
    return (0,_cloud_init_js__WEBPACK_IMPORTED_MODULE_0__/* .renderProductCloudInit */ .NF)({
        ...spec.product,
        ...(spec.baseline && { baseline: spec.baseline }),
        acrLoginServer: spec.acrLoginServer,
        identityResourceId: spec.identityResourceId,
    });
}
/** Cloud-init of a load VM for a spec. */
function loadCloudInitFor(spec) {
    return (0,_cloud_init_js__WEBPACK_IMPORTED_MODULE_0__/* .renderLoadCloudInit */ .Yr)({
        runnerImage: spec.runnerImage,
        acrLoginServer: spec.acrLoginServer,
        identityResourceId: spec.identityResourceId,
    });
}
//# sourceMappingURL=resource-specs.js.map

/***/ }),

/***/ 99401:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ describeVmSize)
/* harmony export */ });
/**
 * What we know about VM sizes without asking Azure: accelerated networking (enabling it on a
 * size without it makes the VM create fail) and burstability (B-series CPU credits make
 * benchmark numbers depend on history).
 */
/** The vCPU quota family of the sizes we know (names as the compute usage API reports them). */
const quotaFamilies = [
    [/^Standard_D\d+s_v5$/, 'standardDSv5Family'],
    [/^Standard_D\d+as_v5$/, 'standardDASv5Family'],
    [/^Standard_D\d+ds_v5$/, 'standardDDSv5Family'],
    [/^Standard_D\d+s_v6$/, 'standardDSv6Family'],
    [/^Standard_F\d+s_v2$/, 'standardFSv2Family'],
    [/^Standard_E\d+s_v5$/, 'standardESv5Family'],
    [/^Standard_B\d+m?s$/, 'standardBSFamily'],
    [/^Standard_D\d+_v3$/, 'standardDv3Family'],
    [/^Standard_A\d+_v2$/, 'standardAv2Family'],
];
/** The quota family of a size, when known. */
function quotaFamilyOf(size) {
    return quotaFamilies.find(([pattern]) => pattern.test(size))?.[1];
}
/** Sizes with accelerated networking, and their vCPUs (general purpose and compute optimised). */
const acceleratedSizes = {
    Standard_D2s_v5: 2,
    Standard_D4s_v5: 4,
    Standard_D8s_v5: 8,
    Standard_D16s_v5: 16,
    Standard_D32s_v5: 32,
    Standard_D2as_v5: 2,
    Standard_D4as_v5: 4,
    Standard_D8as_v5: 8,
    Standard_D16as_v5: 16,
    Standard_D32as_v5: 32,
    Standard_D2ds_v5: 2,
    Standard_D4ds_v5: 4,
    Standard_D8ds_v5: 8,
    Standard_D16ds_v5: 16,
    Standard_D2s_v6: 2,
    Standard_D4s_v6: 4,
    Standard_D8s_v6: 8,
    Standard_D16s_v6: 16,
    Standard_F2s_v2: 2,
    Standard_F4s_v2: 4,
    Standard_F8s_v2: 8,
    Standard_F16s_v2: 16,
    Standard_F32s_v2: 32,
    Standard_E4s_v5: 4,
    Standard_E8s_v5: 8,
};
/** Sizes without accelerated networking that people commonly ask for. */
const plainSizes = {
    Standard_B1s: 1,
    Standard_B2s: 2,
    Standard_B2ms: 2,
    Standard_B4ms: 4,
    Standard_B8ms: 8,
    Standard_D2_v3: 2,
    Standard_A2_v2: 2,
};
/** Looks up a size (exact Azure spelling). */
function describeVmSize(size) {
    const burstable = /^Standard_B\d/.test(size);
    const family = quotaFamilyOf(size);
    const quota = family !== undefined ? { quotaFamily: family } : {};
    const accelerated = acceleratedSizes[size];
    if (accelerated !== undefined) {
        return { known: true, vCpus: accelerated, acceleratedNetworking: true, burstable, ...quota };
    }
    const plain = plainSizes[size];
    if (plain !== undefined) {
        return { known: true, vCpus: plain, acceleratedNetworking: false, burstable, ...quota };
    }
    return { known: false, acceleratedNetworking: false, burstable, ...quota };
}
//# sourceMappingURL=vm-sizes.js.map

/***/ }),

/***/ 12278:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LL: () => (/* binding */ assertOsImageAvailable),
/* harmony export */   W0: () => (/* binding */ findRegionsWithoutOsImage)
/* harmony export */ });
/* unused harmony export osImageMissingError */
/* harmony import */ var _core_azure_classify_arm_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79105);
/* harmony import */ var _core_azure_resource_specs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58182);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/**
 * Whether the pinned Ubuntu image exists in the regions a run may use, looked up with
 * `virtualMachineImages.get` before anything is created: Canonical keeps about two years of
 * images per SKU, and a version that has gone fails the VM create (PlatformImageNotFound) only
 * after the group and network exist.
 */



/** The regions (of `regions`) where the pinned image version does not exist. */
async function findRegionsWithoutOsImage(ctx, regions) {
    const missing = await Promise.all(regions.map(async (region) => {
        try {
            await ctx.compute.virtualMachineImages.get(region, _core_azure_resource_specs_js__WEBPACK_IMPORTED_MODULE_1__/* .ubuntuImage */ .tl.publisher, _core_azure_resource_specs_js__WEBPACK_IMPORTED_MODULE_1__/* .ubuntuImage */ .tl.offer, _core_azure_resource_specs_js__WEBPACK_IMPORTED_MODULE_1__/* .ubuntuImage */ .tl.sku, _core_azure_resource_specs_js__WEBPACK_IMPORTED_MODULE_1__/* .ubuntuImage */ .tl.version);
            return undefined;
        }
        catch (error) {
            if ((0,_core_azure_classify_arm_error_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyArmError */ .X6)(error) === 'not-found')
                return region;
            const facts = (0,_core_azure_classify_arm_error_js__WEBPACK_IMPORTED_MODULE_0__/* .readArmError */ .p_)(error);
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BenchError */ .LR((0,_core_azure_classify_arm_error_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyArmError */ .X6)(error) === 'denied'
                ? 'AZURE_AUTHORIZATION_FAILED'
                : 'AZURE_REQUEST_FAILED', `Could not look up the Ubuntu image in ${region}: ${facts.code ?? facts.statusCode ?? 'error'}: ${facts.message}`, undefined, { cause: error });
        }
    }));
    return missing.filter((r) => r !== undefined);
}
/** The error of a run whose pinned image is missing in `regions`. */
function osImageMissingError(regions) {
    const urn = `${_core_azure_resource_specs_js__WEBPACK_IMPORTED_MODULE_1__/* .ubuntuImage */ .tl.publisher}:${_core_azure_resource_specs_js__WEBPACK_IMPORTED_MODULE_1__/* .ubuntuImage */ .tl.offer}:${_core_azure_resource_specs_js__WEBPACK_IMPORTED_MODULE_1__/* .ubuntuImage */ .tl.sku}:${_core_azure_resource_specs_js__WEBPACK_IMPORTED_MODULE_1__/* .ubuntuImage */ .tl.version}`;
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BenchError */ .LR('AZURE_OS_IMAGE_MISSING', `The pinned image ${urn} does not exist in ${regions.join(', ')}; nothing was created.`, `List the versions that exist with \`${(0,_core_azure_resource_specs_js__WEBPACK_IMPORTED_MODULE_1__/* .osImageVersionsCommand */ .cW)(regions[0] ?? 'westeurope')}\`, then pin one in ubuntuImage (src/core/azure/resource-specs.ts), or drop the region.`);
}
/** Throws `AZURE_OS_IMAGE_MISSING` unless the pinned image exists in every region. */
async function assertOsImageAvailable(ctx, regions) {
    const missing = await findRegionsWithoutOsImage(ctx, regions);
    if (missing.length > 0)
        throw osImageMissingError(missing);
}
//# sourceMappingURL=os-image.js.map

/***/ }),

/***/ 58321:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ createAzurePreflightProbes)
});

// UNUSED EXPORTS: scopePathOf

;// CONCATENATED MODULE: ./lib/core/azure/access-token.js
/** What bench-action reads from an Entra access token: who it was issued to. */
/** The object id (`oid` claim) of a JWT access token, or undefined when it is not a JWT or has none. */
function objectIdOfAccessToken(token) {
    const payload = token.split('.')[1];
    if (!payload)
        return undefined;
    try {
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        return typeof claims.oid === 'string' && claims.oid !== '' ? claims.oid : undefined;
    }
    catch {
        return undefined;
    }
}
//# sourceMappingURL=access-token.js.map
// EXTERNAL MODULE: ./lib/core/azure/classify-arm-error.js
var classify_arm_error = __webpack_require__(79105);
// EXTERNAL MODULE: ./node_modules/@azure/storage-blob/dist/esm/index.js + 145 modules
var esm = __webpack_require__(34778);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/edges/azure/blob-service-client.js
var blob_service_client = __webpack_require__(44005);
;// CONCATENATED MODULE: ./lib/edges/azure/blob-probe.js
/**
 * The Blob side of the preflight: does the run's container exist, and can a user delegation key
 * be had (the key that signs the VMs' SAS URLs)? With an account key (Azurite, a connection
 * string) no key is needed.
 */



/** The probe of `AzurePreflightProbes.blob`. */
function createBlobProbe(input) {
    const service = (0,blob_service_client/* createBlobServiceClient */.q5)(input);
    return {
        containerExists: () => service.getContainerClient(input.container).exists(),
        async delegationKey() {
            if (service.credential instanceof esm/* StorageSharedKeyCredential */.Z3)
                return 'account-key';
            const now = Date.now();
            try {
                await service.getUserDelegationKey(new Date(now - 5 * 60_000), new Date(now + 3_600_000));
            }
            catch (error) {
                const code = error.code;
                throw new errors/* BenchError */.LR('BLOB_SAS_UNAVAILABLE', `Could not get a user delegation key from ${service.url}: ${typeof code === 'string' ? `${code}: ` : ''}${error.message.split('\n')[0]}`, undefined, { cause: error });
            }
            return 'obtained';
        },
    };
}
//# sourceMappingURL=blob-probe.js.map
// EXTERNAL MODULE: ./lib/edges/azure/os-image.js
var os_image = __webpack_require__(12278);
;// CONCATENATED MODULE: ./lib/edges/azure/preflight-probes.js




/** Audience of ARM tokens, whose `oid` names the caller. */
const armScope = 'https://management.azure.com/.default';
/** API version of user-assigned identities read by id (any subscription). */
const identityApiVersion = '2023-01-31';
/**
 * A scope or resource id as the clients' `/{scope}` and `/{resourceId}` path templates want it:
 * without its leading slash (they add their own; two would make the URL's path a host).
 */
function scopePathOf(id) {
    return id.replace(/^\/+/, '');
}
/** The resource group named in a resource id. */
function groupOf(resourceId) {
    return /\/resourceGroups\/([^/]+)/i.exec(resourceId)?.[1];
}
/** Probes on the run's clients. */
function createAzurePreflightProbes(input) {
    const { arm } = input;
    return {
        async providerState(namespace) {
            const provider = await arm.resources.providers.get(namespace);
            return provider.registrationState ?? 'Unknown';
        },
        async callerObjectId() {
            const token = await input.credential.getToken(armScope);
            return token ? objectIdOfAccessToken(token.token) : undefined;
        },
        async findResource(type, name) {
            const filter = `resourceType eq '${type}' and name eq '${name.replace(/'/g, "''")}'`;
            for await (const resource of arm.resources.resources.list({ filter })) {
                if (resource.id && resource.name?.toLowerCase() === name.toLowerCase())
                    return resource.id;
            }
            return undefined;
        },
        async identityPrincipalId(resourceId) {
            try {
                const identity = await arm.resources.resources.getById(scopePathOf(resourceId), identityApiVersion);
                const principalId = identity.properties
                    ?.principalId;
                return typeof principalId === 'string' ? principalId : undefined;
            }
            catch (error) {
                if ((0,classify_arm_error/* classifyArmError */.X6)(error) === 'not-found')
                    return undefined;
                throw error;
            }
        },
        async roleAssignments(scope, principalId) {
            const out = [];
            const filter = `principalId eq '${principalId}'`;
            for await (const a of arm.authorization.roleAssignments.listForScope(scopePathOf(scope), {
                filter,
            })) {
                if (a.scope && a.roleDefinitionId) {
                    out.push({ scope: a.scope, roleDefinitionId: a.roleDefinitionId });
                }
            }
            return out;
        },
        async callerPermissions(scope) {
            // At the resource's group: covers roles given through groups and inherited from above.
            const group = groupOf(scope);
            if (!group)
                return [];
            const out = [];
            for await (const p of arm.authorization.permissions.listForResourceGroup(group)) {
                out.push({ actions: p.actions ?? [], notActions: p.notActions ?? [] });
            }
            return out;
        },
        regionsWithoutOsImage: (regions) => (0,os_image/* findRegionsWithoutOsImage */.W0)(arm, regions),
        async vcpuUsage(region) {
            const out = [];
            for await (const usage of arm.compute.usage.list(region)) {
                out.push({
                    name: usage.name.value ?? '',
                    currentValue: usage.currentValue,
                    limit: usage.limit,
                });
            }
            return out;
        },
        resolveImage: input.resolveImage,
        ...(input.blob && { blob: createBlobProbe(input.blob) }),
    };
}
//# sourceMappingURL=preflight-probes.js.map

/***/ }),

/***/ 65279:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ resolveImageDigest)
/* harmony export */ });
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24371);
/* harmony import */ var _core_azure_classify_arm_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79105);
/* harmony import */ var _core_azure_image_reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28734);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);




/** Manifest media types we accept (multi-arch lists first, so the digest names the whole image). */
const manifestTypes = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');
/** Returns `image` pinned by digest (unchanged when it already carries one). */
async function resolveImageDigest(image, opts) {
    const ref = (0,_core_azure_image_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseImageReference */ .o_)(image);
    if (!ref) {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)('IMAGE_REFERENCE_INVALID', `Image ${JSON.stringify(image)} is not a fully qualified reference.`, 'Write it as <registry>.azurecr.io/<repository>:<tag> or …@sha256:<digest>, in lower case (tags may hold letters, digits, _ . -).');
    }
    if (ref.digest)
        return image;
    const tag = ref.tag ?? 'latest';
    const base = opts.registryUrl ?? `https://${ref.registry}`;
    const service = ref.registry;
    const dispatcher = opts.ca
        ? new undici__WEBPACK_IMPORTED_MODULE_0__/* .Agent */ .g6({ connect: { ca: opts.ca } })
        : undefined;
    const sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const log = opts.log ?? (() => undefined);
    const maxAttempts = opts.maxAttempts ?? 4;
    /** One HTTP request, retried on 429/5xx with Retry-After or 1 s doubling. */
    async function send(method, path, headers, body) {
        for (let attempt = 1;; attempt++) {
            const response = await (0,undici__WEBPACK_IMPORTED_MODULE_0__/* .request */ .Em)(`${base}${path}`, {
                method,
                headers,
                ...(body !== undefined && { body }),
                ...(dispatcher && { dispatcher }),
            });
            const retriable = response.statusCode === 429 || response.statusCode >= 500;
            if (!retriable || attempt >= maxAttempts)
                return response;
            await response.body.dump();
            const header = response.headers['retry-after'];
            const delayMs = (0,_core_azure_classify_arm_error_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRetryAfterMs */ .oR)(Array.isArray(header) ? header[0] : header, Date.now()) ??
                1000 * 2 ** (attempt - 1);
            log(`ACR ${method} ${path} answered ${response.statusCode}; retrying in ${delayMs} ms (attempt ${attempt + 1} of ${maxAttempts})`);
            await sleep(delayMs);
        }
    }
    const unauthorized = (step, status) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BenchError */ .LR('AZURE_ACR_UNAUTHORIZED', `ACR ${ref.registry} refused the ${step} (HTTP ${status}).`, `Assign AcrPull on the registry to the identity the workflow logs in with (it reads the manifest to pin the digest); see docs/azure.md.`);
    const form = (values) => new URLSearchParams(values).toString();
    const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' };
    try {
        // The registry's own audience: accepted even when the registry refuses ARM-audience tokens.
        const aad = await opts.credential.getToken(`${_core_azure_image_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .acrTokenAudience */ .So}/.default`);
        if (!aad)
            throw unauthorized('Azure token', 401);
        const exchange = await send('POST', '/oauth2/exchange', formHeaders, form({
            grant_type: 'access_token',
            service,
            access_token: aad.token,
            ...(opts.tenantId && { tenant: opts.tenantId }),
        }));
        if (exchange.statusCode !== 200)
            throw unauthorized('token exchange', exchange.statusCode);
        const { refresh_token: refreshToken } = (await exchange.body.json());
        const token = await send('POST', '/oauth2/token', formHeaders, form({
            grant_type: 'refresh_token',
            service,
            scope: `repository:${ref.repository}:pull`,
            refresh_token: refreshToken ?? '',
        }));
        if (token.statusCode !== 200)
            throw unauthorized('pull token', token.statusCode);
        const { access_token: accessToken } = (await token.body.json());
        const manifest = await send('HEAD', `/v2/${ref.repository}/manifests/${encodeURIComponent(tag)}`, {
            authorization: `Bearer ${accessToken ?? ''}`,
            accept: manifestTypes,
        });
        await manifest.body.dump();
        if (manifest.statusCode === 404) {
            throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)('IMAGE_NOT_FOUND', `Image ${ref.registry}/${ref.repository}:${tag} does not exist.`, 'Check the tag (was the image pushed before the benchmark started?).');
        }
        if (manifest.statusCode === 401 || manifest.statusCode === 403) {
            throw unauthorized('manifest read', manifest.statusCode);
        }
        const digest = manifest.headers['docker-content-digest'];
        const value = Array.isArray(digest) ? digest[0] : digest;
        if (manifest.statusCode !== 200 || !value || !/^sha256:[a-f0-9]{64}$/.test(value)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BenchError */ .LR('AZURE_ACR_NO_DIGEST', `ACR ${ref.registry} answered HTTP ${manifest.statusCode} without a digest for ${ref.repository}:${tag}.`, 'Retry the run; if it repeats, check the registry in the portal.');
        }
        return (0,_core_azure_image_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPinnedImage */ .Xp)({ ...ref, tag }, value);
    }
    finally {
        await dispatcher?.close();
    }
}
//# sourceMappingURL=resolve-image-digest.js.map

/***/ }),

/***/ 95642:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ generateThrowawaySshPublicKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/**
 * Azure insists on a credential for a Linux VM's admin user. We give it an OpenSSH public key
 * whose private half is generated, never written anywhere and dropped at once: nobody can log
 * in, and the NSG allows no inbound traffic from outside the VNet anyway.
 */

/** OpenSSH wire encoding of a length-prefixed string. */
function sshString(bytes) {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    return Buffer.concat([length, bytes]);
}
/** OpenSSH mpint: big-endian, with a zero byte when the high bit is set. */
function sshMpint(base64url) {
    let bytes = Buffer.from(base64url, 'base64url');
    if (bytes.length > 0 && (bytes[0] & 0x80) !== 0)
        bytes = Buffer.concat([Buffer.from([0]), bytes]);
    return sshString(bytes);
}
/** A fresh `ssh-rsa` public key line whose private key is discarded. */
function generateThrowawaySshPublicKey() {
    const { publicKey } = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPairSync)('rsa', { modulusLength: 3072 });
    const jwk = publicKey.export({ format: 'jwk' });
    if (!jwk.e || !jwk.n)
        throw new Error('RSA key export lacked e or n');
    const blob = Buffer.concat([sshString(Buffer.from('ssh-rsa')), sshMpint(jwk.e), sshMpint(jwk.n)]);
    return `ssh-rsa ${blob.toString('base64')} bench-throwaway`;
}
//# sourceMappingURL=ssh-key.js.map

/***/ }),

/***/ 99387:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  assertPreflightPassed: () => (/* binding */ assertPreflightPassed),
  runAzurePreflight: () => (/* binding */ runAzurePreflight),
  runPreflightRequest: () => (/* binding */ runPreflightRequest)
});

// EXTERNAL MODULE: ./lib/core/azure/classify-arm-error.js
var classify_arm_error = __webpack_require__(79105);
// EXTERNAL MODULE: ./lib/core/azure/preflight-model.js
var preflight_model = __webpack_require__(55688);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/core/azure/required-roles.js
/**
 * The one table of the roles a cloud run needs, who holds each, and at which scope: the
 * preflight (`bench doctor`, the first step of every Azure run) checks it, and `bench setup
 * azure` assigns it. Role ids are Azure's built-in role definition GUIDs (Microsoft Learn,
 * "Azure built-in roles"); they are the same in every tenant.
 */

/** Built-in roles bench-action names, by display name. */
const builtInRoleIds = {
    Owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
    Contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
    'User Access Administrator': '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
    'Role Based Access Control Administrator': 'f58310d9-a9f6-439a-9e8d-f62e7b41a168',
    'Managed Identity Operator': 'f1a07417-d97a-45cb-824c-7a7467783830',
    'Storage Blob Data Contributor': 'ba92f5b4-2d11-453d-a403-e96b0029c9fe',
    'Storage Blob Data Owner': 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b',
    AcrPull: '7f951dda-4ed3-4680-a7ca-43fe172d538d',
    AcrPush: '8311e382-0749-4cb8-b61a-304f252e45ec',
};
/** The roles of a cloud run. */
const REQUIRED_ROLES = [
    {
        id: 'runner-contributor',
        principal: 'runner',
        role: 'Contributor',
        scope: 'subscription',
        satisfiedBy: ['Owner', 'Contributor'],
        keyAction: 'Microsoft.Resources/subscriptions/resourceGroups/write',
        why: 'creates and deletes one resource group per run (groups are created at subscription scope)',
    },
    {
        id: 'runner-identity-operator',
        principal: 'runner',
        role: 'Managed Identity Operator',
        scope: 'vmIdentity',
        satisfiedBy: ['Owner', 'Contributor', 'Managed Identity Operator'],
        keyAction: 'Microsoft.ManagedIdentity/userAssignedIdentities/assign/action',
        why: 'attaches the VM identity to the VMs it creates',
    },
    {
        id: 'runner-blob-data',
        principal: 'runner',
        role: 'Storage Blob Data Contributor',
        scope: 'storageAccount',
        satisfiedBy: ['Storage Blob Data Contributor', 'Storage Blob Data Owner'],
        keyAction: 'Microsoft.Storage/storageAccounts/blobServices/generateUserDelegationKey/action',
        why: 'uploads plans, reads results and gets the user delegation key that signs SAS URLs (only granted at account scope or wider)',
    },
    {
        id: 'runner-acr-pull',
        principal: 'runner',
        role: 'AcrPull',
        scope: 'registry',
        satisfiedBy: ['Owner', 'Contributor', 'AcrPush', 'AcrPull'],
        keyAction: 'Microsoft.ContainerRegistry/registries/pull/read',
        why: 'pins the image tag to its digest before anything is created',
    },
    {
        id: 'vm-acr-pull',
        principal: 'vm',
        role: 'AcrPull',
        scope: 'registry',
        satisfiedBy: ['Owner', 'Contributor', 'AcrPush', 'AcrPull'],
        keyAction: 'Microsoft.ContainerRegistry/registries/pull/read',
        why: 'the product VM pulls the image with its identity (no registry password anywhere)',
    },
];
/** Roles that may assign roles at a scope (what `bench setup azure` needs there). */
const ROLE_ASSIGNER_ROLES = (/* unused pure expression or super */ null && ([
    'Owner',
    'User Access Administrator',
    'Role Based Access Control Administrator',
]));
/** A role's definition id in a subscription, as role assignments name it. */
function roleDefinitionId(subscriptionId, role) {
    return `/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${builtInRoleIds[role]}`;
}
/** The built-in role a definition id names, if it is one of ours. */
function builtInRoleOf(definitionId) {
    const guid = definitionId.split('/').pop()?.toLowerCase();
    return Object.keys(builtInRoleIds).find((r) => builtInRoleIds[r] === guid);
}
/** Whether an assignment at `assignmentScope` applies at `scope` (same scope or above it). */
function isScopeAtOrAbove(assignmentScope, scope) {
    const a = assignmentScope.toLowerCase().replace(/\/+$/, '');
    const s = scope.toLowerCase();
    return a === '' || s === a || s.startsWith(`${a}/`);
}
/** The first assignment that meets a requirement at `scope`, if any. */
function findSatisfyingAssignment(assignments, requirement, scope) {
    for (const assignment of assignments) {
        const role = builtInRoleOf(assignment.roleDefinitionId);
        if (role &&
            requirement.satisfiedBy.includes(role) &&
            isScopeAtOrAbove(assignment.scope, scope)) {
            return { ...assignment, role };
        }
    }
    return undefined;
}
/**
 * A deterministic role assignment name (a GUID made from scope, role and principal), so running
 * the set-up twice asks for the same assignment and Azure answers "exists" rather than adding a
 * second one.
 */
function roleAssignmentName(scope, role, principalId) {
    const hex = createHash('sha256')
        .update(`${scope.toLowerCase()}|${builtInRoleIds[role]}|${principalId.toLowerCase()}`)
        .digest('hex');
    // Shaped like a version-5 UUID (version and variant bits set).
    const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
/** The `az` command that makes an assignment by hand. */
function roleAssignmentCommand(role, principalId, scope) {
    return `az role assignment create --assignee-object-id ${principalId} --assignee-principal-type ServicePrincipal --role "${role}" --scope ${scope}`;
}
/** Whether effective permissions allow `action` (Azure's wildcard rules, case-insensitive). */
function permissionsAllow(permissions, action) {
    const matches = (pattern) => new RegExp(`^${pattern
        .split('*')
        .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`, 'i').test(action);
    return permissions.some((p) => p.actions.some(matches) && !p.notActions.some(matches));
}
//# sourceMappingURL=required-roles.js.map
// EXTERNAL MODULE: ./lib/core/azure/resource-specs.js
var resource_specs = __webpack_require__(58182);
// EXTERNAL MODULE: ./lib/core/config/value-rules.js
var value_rules = __webpack_require__(33961);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/edges/azure/arm-context.js + 1 modules
var arm_context = __webpack_require__(82994);
// EXTERNAL MODULE: ./lib/edges/azure/preflight-probes.js + 2 modules
var preflight_probes = __webpack_require__(58321);
// EXTERNAL MODULE: ./lib/edges/azure/resolve-image-digest.js
var resolve_image_digest = __webpack_require__(65279);
// EXTERNAL MODULE: ./lib/edges/files/load-plan.js + 4 modules
var load_plan = __webpack_require__(89310);
// EXTERNAL MODULE: ./lib/pipeline/azure/azure-deps.js + 2 modules
var azure_deps = __webpack_require__(99332);
// EXTERNAL MODULE: ./lib/pipeline/azure/resolve-azure-settings.js
var resolve_azure_settings = __webpack_require__(59836);
// EXTERNAL MODULE: ./lib/pipeline/azure/run-azure.js + 12 modules
var run_azure = __webpack_require__(27940);
;// CONCATENATED MODULE: ./lib/pipeline/azure/preflight.js













/** How each principal is named in the checklist. */
const principalNames = { runner: 'the signed-in identity', vm: 'the VM identity' };
/** How each scope is named in the checklist. */
const scopeNames = {
    subscription: 'the subscription',
    vmIdentity: 'the VM identity',
    storageAccount: 'the storage account',
    registry: 'the registry',
};
/** The hint every set-up failure shares. */
const setupHint = '`bench setup azure` creates and assigns all of it (docs/azure.md)';
/** Runs every check; never throws for a failed check (its error becomes the check's detail). */
async function runAzurePreflight(input, probes) {
    const { settings } = input;
    const subscriptionScope = `/subscriptions/${settings.subscriptionId}`;
    const checks = [];
    // Providers first: without Compute registered, the image and quota look-ups cannot answer.
    const unregistered = [];
    const providers = await guard('providers', 'Resource providers registered', async () => {
        const states = await Promise.all(classify_arm_error/* RUN_PROVIDER_NAMESPACES */.BF.map(async (ns) => [ns, await probes.providerState(ns)]));
        for (const [ns, state] of states)
            if (state !== 'Registered')
                unregistered.push(ns);
        return unregistered.length === 0
            ? pass(classify_arm_error/* RUN_PROVIDER_NAMESPACES */.BF.join(', '))
            : fail(`not registered: ${states
                .filter(([, state]) => state !== 'Registered')
                .map(([ns, state]) => `${ns} (${state})`)
                .join(', ')}`, `${unregistered.map((ns) => `az provider register --namespace ${ns}`).join('; ')} (or ${setupHint})`);
    });
    checks.push(providers);
    // The scopes and principals the roles are checked at.
    const [callerId, storageAccountId, registryId, vmPrincipalId] = await Promise.all([
        probes.callerObjectId().catch(() => undefined),
        probes
            .findResource('Microsoft.Storage/storageAccounts', settings.storageAccount)
            .catch(() => undefined),
        probes
            .findResource('Microsoft.ContainerRegistry/registries', settings.acrName)
            .catch(() => undefined),
        probes.identityPrincipalId(settings.vmIdentityResourceId).catch(() => undefined),
    ]);
    const scopeIds = {
        subscription: subscriptionScope,
        vmIdentity: vmPrincipalId !== undefined ? settings.vmIdentityResourceId : undefined,
        storageAccount: storageAccountId,
        registry: registryId,
    };
    const missingScope = {
        subscription: '',
        vmIdentity: `the VM identity ${settings.vmIdentityResourceId} does not exist (or cannot be read)`,
        storageAccount: `no storage account ${settings.storageAccount} in subscription ${settings.subscriptionId}`,
        registry: `no registry ${settings.acrName} in subscription ${settings.subscriptionId}`,
    };
    for (const requirement of REQUIRED_ROLES) {
        checks.push(await guard(`role:${requirement.id}`, `${requirement.role} for ${requirement.principal === 'runner' && input.runnerName !== undefined ? input.runnerName : principalNames[requirement.principal]} on ${scopeNames[requirement.scope]}`, () => checkRole(requirement)));
    }
    async function checkRole(requirement) {
        const scope = scopeIds[requirement.scope];
        if (scope === undefined)
            return fail(missingScope[requirement.scope], setupHint);
        const principal = requirement.principal === 'runner' ? callerId : vmPrincipalId;
        if (principal === undefined) {
            return skip('the sign-in token names no object id, so its role assignments cannot be listed');
        }
        const assignments = await probes.roleAssignments(scope, principal);
        const found = findSatisfyingAssignment(assignments, requirement, scope);
        if (found)
            return pass(`${found.role} at ${found.scope || '/'}`);
        const fix = `${roleAssignmentCommand(requirement.role, principal, scope)} (it ${requirement.why}), or ${setupHint}`;
        if (requirement.principal === 'runner') {
            // A role given through a group, or a custom role, shows in the effective permissions only.
            const permissionScope = requirement.scope === 'subscription' ? settings.vmIdentityResourceId : scope;
            const permissions = await probes.callerPermissions(permissionScope).catch(() => []);
            if (permissionsAllow(permissions, requirement.keyAction)) {
                return requirement.scope === 'subscription'
                    ? warn(`no assignment to this identity at the subscription; its permissions at the shared resource group allow ${requirement.keyAction}, which suggests a role given through a group but does not prove it for the subscription`, fix)
                    : pass(`${requirement.keyAction} allowed (through a group or an inherited role)`);
            }
        }
        const containerOnly = requirement.scope === 'storageAccount' &&
            assignments.some((a) => a.scope.toLowerCase().startsWith(`${scope.toLowerCase()}/`));
        return fail(containerOnly
            ? `assigned on a container only; a user delegation key needs the role on the storage account or wider`
            : `not assigned at ${scope} or above`, fix);
    }
    checks.push(await guard('delegation-key', 'User delegation key for SAS URLs', async () => {
        if (!probes.blob)
            return skip('the Blob connection offers no probe');
        const key = await probes.blob.delegationKey();
        if (key === 'other-identity') {
            return skip('runs ask for it as their own identity, not this sign-in; its role on the storage account is checked above');
        }
        return key === 'account-key'
            ? skip('the connection signs with an account key; no delegation key is needed')
            : pass(`obtained from ${settings.storageAccount}`);
    }, (error) => fail((0,errors/* errorSummary */.N5)(error), `Assign Storage Blob Data Contributor on the storage account ${settings.storageAccount} (not only on the container) to the signed-in identity, or ${setupHint}`)));
    checks.push(await guard(`container`, `Storage container ${settings.storageContainer}`, async () => {
        if (!probes.blob)
            return skip('the Blob connection offers no probe');
        return (await probes.blob.containerExists())
            ? pass(`exists in ${settings.storageAccount}`)
            : warn(`does not exist in ${settings.storageAccount}; the run creates it, but a misspelt name would keep history apart`, `az storage container create --auth-mode login --account-name ${settings.storageAccount} --name ${settings.storageContainer}, or ${setupHint}`);
    }));
    checks.push(await guard('image', `Image ${input.image ?? '(none)'} in ACR`, async () => {
        if (input.image === undefined)
            return skip('no product image to look up');
        const pinned = await probes.resolveImage(input.image);
        return pass(`resolves to ${pinned.split('@')[1] ?? pinned}`);
    }, (error) => fail((0,errors/* errorSummary */.N5)(error), error instanceof errors/* BenchError */.LR && error.code === 'IMAGE_NOT_FOUND'
        ? 'Push the image (or fix the tag) before the benchmark runs.'
        : `Assign AcrPull on the registry ${settings.acrName} to the signed-in identity, or ${setupHint}`)));
    const computeReady = !unregistered.includes('Microsoft.Compute');
    const urn = `${resource_specs/* ubuntuImage */.tl.publisher}:${resource_specs/* ubuntuImage */.tl.offer}:${resource_specs/* ubuntuImage */.tl.sku}:${resource_specs/* ubuntuImage */.tl.version}`;
    checks.push(await guard('os-image', `Ubuntu image ${urn} in every region`, async () => {
        if (!computeReady)
            return skip('Microsoft.Compute is not registered');
        const missing = await probes.regionsWithoutOsImage(settings.regions);
        return missing.length === 0
            ? pass(settings.regions.join(', '))
            : fail(`missing in ${missing.join(', ')}`, `List the versions that exist with \`${(0,resource_specs/* osImageVersionsCommand */.cW)(missing[0])}\` and pin one in ubuntuImage (src/core/azure/resource-specs.ts), or drop the region.`);
    }));
    checks.push(await guard('quota', 'vCPU quota for each size and region', async () => {
        if (!computeReady)
            return skip('Microsoft.Compute is not registered');
        return checkQuota();
    }));
    async function checkQuota() {
        const usage = new Map(await Promise.all(settings.regions.map(async (r) => [r, await probes.vcpuUsage(r)])));
        const lines = [];
        let firstFit;
        let firstChoice = true;
        let firstChoiceFits = false;
        for (const size of settings.vmSizes) {
            for (const region of settings.regions) {
                const choice = `${size} in ${region}`;
                const needed = (0,preflight_model.vcpusNeeded)(size, settings.loadVmSize, settings.loadAgents);
                if (!needed) {
                    lines.push(`${choice}: vCPUs of the size unknown, not checked`);
                }
                else {
                    const short = (0,preflight_model.quotaShortfall)(needed, usage.get(region) ?? []);
                    lines.push(short
                        ? `${choice}: ${short.name} has ${short.left} vCPUs left, the run needs ${short.needed}`
                        : `${choice}: room for ${needed.get('cores')} vCPUs`);
                    if (!short && firstFit === undefined)
                        firstFit = choice;
                    if (!short && firstChoice)
                        firstChoiceFits = true;
                }
                firstChoice = false;
            }
        }
        const detail = lines.join('; ');
        const fix = `Ask for more vCPU quota (Azure portal, Quotas) for the family and region named, or add sizes or regions.`;
        if (firstChoiceFits)
            return pass(detail);
        if (firstFit !== undefined)
            return warn(`${detail}; the run will fall back to ${firstFit}`, fix);
        return lines.every((l) => l.endsWith('not checked')) ? skip(detail) : fail(detail, fix);
    }
    return {
        subscriptionId: settings.subscriptionId,
        checks,
        ok: checks.every((c) => c.status !== 'fail'),
    };
}
/** Runs one check, turning a thrown error into a failed check. */
async function guard(id, title, run, onError = (error) => fail((0,errors/* errorSummary */.N5)(error), error instanceof errors/* BenchError */.LR ? error.hint : setupHint)) {
    try {
        return { id, title, ...(await run()) };
    }
    catch (error) {
        return { id, title, ...onError(error) };
    }
}
function pass(detail) {
    return { status: 'pass', detail };
}
function warn(detail, fix) {
    return { status: 'warn', detail, fix };
}
function fail(detail, fix) {
    return { status: 'fail', detail, fix };
}
function skip(detail) {
    return { status: 'skip', detail };
}
/** Throws `AZURE_PREFLIGHT_FAILED` with every failed check and its fix, unless all passed. */
function assertPreflightPassed(report) {
    if (report.ok)
        return;
    const failed = report.checks.filter((c) => c.status === 'fail');
    throw new errors/* BenchError */.LR('AZURE_PREFLIGHT_FAILED', `The Azure set-up is not ready for a run; nothing was created:\n${failed
        .map((c) => `- ${c.title}: ${c.detail}\n  fix: ${c.fix ?? setupHint}`)
        .join('\n')}`, `Fix each item listed (\`bench doctor --provider azure\` shows the whole checklist), or run \`bench setup azure\`.`);
}
/** Resolves the settings of a request, wires the clients and runs the preflight; creates nothing. */
async function runPreflightRequest(request, deps) {
    const plan = request.configPath
        ? await (0,load_plan.loadPlan)(request.configPath, { provider: 'azure' }, request.loadOptions)
        : undefined;
    const cloud = plan?.cloud ?? {
        provider: 'azure',
        vmSizes: [...value_rules/* CLOUD_DEFAULTS */.RU.vmSizes],
        regions: [...value_rules/* CLOUD_DEFAULTS */.RU.regions],
        loadAgents: value_rules/* CLOUD_DEFAULTS */.RU.loadAgents,
    };
    const { settings } = (0,resolve_azure_settings/* resolveAzureSettings */.FX)(request.given, { cloud }, 'strict');
    const credential = deps.createCredential(settings);
    const arm = (deps.createArmContext ?? arm_context/* createArmContext */.o)({
        credential,
        subscriptionId: settings.subscriptionId,
        log: deps.log,
    });
    const blob = (deps.createBlob ?? azure_deps/* createAzureBlobDeps */.H)({
        settings,
        credential,
        maskSecret: () => undefined,
    });
    const configured = request.image ?? (plan?.target.kind === 'image' ? plan.target.image : undefined);
    const image = configured !== undefined ? (0,run_azure/* qualifyProductImage */.A$)(configured, settings.acrName) : undefined;
    return runAzurePreflight({ settings, ...(image !== undefined && { image }) }, (0,preflight_probes/* createAzurePreflightProbes */.Q)({
        arm,
        credential,
        resolveImage: deps.resolveImage ??
            ((ref) => (0,resolve_image_digest/* resolveImageDigest */.C)(ref, { credential, tenantId: settings.tenantId, log: deps.log })),
        ...(blob.probe && { blob: blob.probe }),
    }));
}
//# sourceMappingURL=preflight.js.map

/***/ }),

/***/ 59836:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FX: () => (/* binding */ resolveAzureSettings)
/* harmony export */ });
/* unused harmony exports REQUIRED_AZURE_SETTINGS, PLACEHOLDER_SETTINGS */
/* harmony import */ var _core_azure_azure_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49784);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/**
 * The Azure settings of a cloud run, built once from what a front end received (CLI flags and
 * environment variables, or the action's inputs) and the config's `cloud:` section. Each value
 * carries where it came from, so every missing or unusable one is named the way the user wrote
 * it (`--tenant or AZURE_TENANT_ID`, or `azure-tenant-id`), all at once, before anything reaches
 * Azure.
 */


/** The required Azure ids and names of a run. */
const REQUIRED_AZURE_SETTINGS = [
    'tenantId',
    'clientId',
    'subscriptionId',
    'acrName',
    'storageAccount',
    'storageContainer',
    'vmIdentityResourceId',
];
/**
 * Obviously fake stand-ins for missing ids, each passing its pattern, for `bench plan` and
 * `mode: plan` (which show a run without calling Azure).
 */
const PLACEHOLDER_SETTINGS = {
    tenantId: '00000000-0000-0000-0000-000000000000',
    clientId: '00000000-0000-0000-0000-000000000000',
    subscriptionId: '00000000-0000-0000-0000-000000000000',
    acrName: 'yourregistry',
    storageAccount: 'yourstorage',
    storageContainer: 'bench',
    vmIdentityResourceId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/bench-shared/providers/Microsoft.ManagedIdentity/userAssignedIdentities/bench-vm',
};
/** Which setting a `validateAzureSettings` field belongs to. */
function settingOfField(field) {
    const base = field.replace(/\[\d+\]$/, '');
    const names = {
        'tenant-id': 'tenantId',
        'client-id': 'clientId',
        'subscription-id': 'subscriptionId',
        'acr-name': 'acrName',
        'storage-account': 'storageAccount',
        'storage-container': 'storageContainer',
        'vm-identity': 'vmIdentityResourceId',
        'runner-image': 'runnerImage',
        'load-agents': 'loadAgents',
        'vm-sizes': 'vmSizes',
        regions: 'regions',
    };
    return names[base];
}
/**
 * Builds the settings. `strict`: a missing or unusable value is an `AZURE_SETTINGS_INVALID`
 * input error listing every problem with its source. `placeholders`: missing ids are replaced by
 * `PLACEHOLDER_SETTINGS` (and named), but a value that was given and is unusable is still an
 * error. Lists and counts not given come from the config's `cloud:` section.
 */
function resolveAzureSettings(given, plan, mode) {
    const problems = [];
    const missing = new Set();
    const placeholders = [];
    const ids = {};
    for (const key of REQUIRED_AZURE_SETTINGS) {
        const value = given[key].value?.trim() ?? '';
        if (value !== '') {
            ids[key] = value;
            continue;
        }
        ids[key] = PLACEHOLDER_SETTINGS[key];
        if (mode === 'strict') {
            missing.add(key);
            problems.push(`${given[key].source}: missing`);
        }
        else {
            placeholders.push(given[key].source);
        }
    }
    const sources = {
        ...Object.fromEntries(REQUIRED_AZURE_SETTINGS.map((key) => [key, given[key].source])),
        vmSizes: given.vmSizes?.source ?? 'cloud.vmSizes',
        regions: given.regions?.source ?? 'cloud.regions',
        loadAgents: given.loadAgents?.source ?? 'cloud.loadAgents',
        runnerImage: given.runnerImage?.source ?? 'runner-image',
    };
    const listOr = (list, fallback) => list?.value !== undefined && list.value.length > 0 ? list.value : fallback;
    const runnerImage = given.runnerImage?.value?.trim();
    const settings = (0,_core_azure_azure_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .withAzureDefaults */ .G7)({
        ...ids,
        vmSizes: listOr(given.vmSizes, plan.cloud.vmSizes),
        regions: listOr(given.regions, plan.cloud.regions),
        loadAgents: given.loadAgents?.value ?? plan.cloud.loadAgents,
        ...(runnerImage !== undefined && runnerImage !== '' && { runnerImage }),
    });
    for (const problem of (0,_core_azure_azure_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .validateAzureSettings */ .Fv)(settings)) {
        const key = settingOfField(problem.field);
        // A missing value was already named; its stand-in would only repeat it.
        if (key !== undefined && missing.has(key))
            continue;
        const index = /\[(\d+)\]$/.exec(problem.field)?.[1];
        const where = key !== undefined ? (sources[key] ?? problem.field) : problem.field;
        problems.push(`${where}${index !== undefined ? ` (item ${Number(index) + 1})` : ''}: got ${problem.shown}, expected ${problem.expected}`);
    }
    if (problems.length > 0) {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('AZURE_SETTINGS_INVALID', `Azure settings are missing or not usable:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    }
    return { settings, placeholders };
}
//# sourceMappingURL=resolve-azure-settings.js.map

/***/ }),

/***/ 27940:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XD: () => (/* binding */ abLayoutOf),
  of: () => (/* binding */ buildSpecForPlan),
  yd: () => (/* binding */ imageTargetOf),
  A$: () => (/* binding */ qualifyProductImage),
  gr: () => (/* binding */ runAzureBenchmark)
});

// UNUSED EXPORTS: assertAzureSettingsValid, baselineImageOf

// EXTERNAL MODULE: ./lib/core/azure/azure-settings.js
var azure_settings = __webpack_require__(49784);
// EXTERNAL MODULE: ./lib/core/azure/run-names.js
var run_names = __webpack_require__(10119);
;// CONCATENATED MODULE: ./lib/core/azure/build-run-spec.js

/** The product part of a spec from an image target of the plan (image must already be pinned by digest). */
function productFromImageTarget(target) {
    return {
        image: target.image,
        port: target.port,
        env: { ...target.env },
        healthPath: target.health.path,
        healthTimeoutSeconds: Math.max(1, Math.ceil(target.health.timeoutMs / 1000)),
    };
}
/** Builds the spec; validate it with `validateAzureRunSpec` before use. */
function buildAzureRunSpec(input) {
    const { settings } = input;
    return {
        groupName: (0,run_names/* buildRunGroupName */.g5)(input.run),
        tags: (0,run_names/* buildRunTags */.Pn)({
            run: input.run,
            runUrl: input.runUrl,
            now: input.now,
            ttlHours: settings.ttlHours,
        }),
        product: input.product,
        acrLoginServer: `${settings.acrName.toLowerCase()}.azurecr.io`,
        identityResourceId: settings.vmIdentityResourceId,
        vmSizes: [...settings.vmSizes],
        ...(settings.loadVmSize !== undefined && { loadVmSize: settings.loadVmSize }),
        regions: [...settings.regions],
        loadAgents: settings.loadAgents,
        runnerImage: settings.runnerImage,
        allowBurstable: settings.allowBurstable,
        sshPublicKey: input.sshPublicKey,
    };
}
//# sourceMappingURL=build-run-spec.js.map
// EXTERNAL MODULE: ./lib/core/azure/image-reference.js
var image_reference = __webpack_require__(28734);
;// CONCATENATED MODULE: ./lib/core/azure/parse-server-samples.js
/**
 * Parses the sampler file; never throws (a torn last line is skipped). `container` chooses whose
 * counters are read: the product container's (the candidate of an A/B, the default) or the
 * baseline container's of a same-VM A/B (`baselineContainer` in each line).
 */
function parseServerSamples(text, container = 'product') {
    const samples = [];
    let skippedLines = 0;
    for (const line of text.split('\n')) {
        if (line.trim() === '')
            continue;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch {
            skippedLines++;
            continue;
        }
        const row = value;
        const epochMs = row?.tsMs;
        const counters = container === 'baseline' ? row?.baselineContainer : row?.container;
        const cpuUs = counters?.cpuUsec;
        const rssBytes = counters?.memoryBytes;
        if (typeof epochMs !== 'number' ||
            typeof cpuUs !== 'number' ||
            typeof rssBytes !== 'number' ||
            !Number.isFinite(epochMs) ||
            !Number.isFinite(cpuUs) ||
            !Number.isFinite(rssBytes)) {
            skippedLines++;
            continue;
        }
        samples.push({ epochMs, cpuUs, rssBytes });
    }
    samples.sort((a, b) => a.epochMs - b.epochMs);
    return { samples, skippedLines };
}
//# sourceMappingURL=parse-server-samples.js.map
// EXTERNAL MODULE: ./lib/core/azure/plan-azure-ab.js
var plan_azure_ab = __webpack_require__(93560);
// EXTERNAL MODULE: ./lib/core/azure/resource-specs.js
var resource_specs = __webpack_require__(58182);
// EXTERNAL MODULE: ./lib/core/azure/vm-sizes.js
var vm_sizes = __webpack_require__(99401);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/remote/run-exchange.js
var run_exchange = __webpack_require__(30693);
// EXTERNAL MODULE: ./lib/core/report/build-run-report.js
var build_run_report = __webpack_require__(76477);
// EXTERNAL MODULE: ./lib/core/report/hlog.js
var hlog = __webpack_require__(82706);
// EXTERNAL MODULE: ./lib/core/report/run-ids.js
var run_ids = __webpack_require__(18720);
// EXTERNAL MODULE: ./lib/core/stats/thresholds.js
var thresholds = __webpack_require__(96731);
// EXTERNAL MODULE: ./lib/core/stats/ab-sequence.js + 4 modules
var ab_sequence = __webpack_require__(66792);
// EXTERNAL MODULE: ./lib/core/stats/ab-schedule.js
var ab_schedule = __webpack_require__(63928);
// EXTERNAL MODULE: ./lib/core/stats/select-median-round.js
var select_median_round = __webpack_require__(37379);
// EXTERNAL MODULE: ./lib/pipeline/run-comparison.js + 2 modules
var run_comparison = __webpack_require__(17905);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./lib/core/engine/merge-measurements.js
var merge_measurements = __webpack_require__(34718);
// EXTERNAL MODULE: ./lib/core/report/build-level-report.js + 2 modules
var build_level_report = __webpack_require__(4358);
;// CONCATENATED MODULE: ./lib/pipeline/azure/assemble-azure-report.js
/**
 * The report of a cloud run: the agents' measurements merged level by level (HDR `add`), each
 * level judged for generator saturation (merged and per agent), the product VM's samples aligned
 * with each level's window, the VMs as the environment, and notes on what the run could not do.
 */





/** Merges the agents' results into levels; notes name levels measured by fewer agents. */
function mergeAgentLevels(input) {
    const { plan } = input;
    const merged = mergeAgents(plan, input.results, input.agentCount, input.notes);
    const workers = plan.load.workers;
    const levels = merged.map(({ measurement, parts }) => {
        const level = (0,build_level_report/* buildLevelReport */.bP)(measurement, {
            serverSamples: input.serverSamples,
            hlogFile: (0,hlog/* hlogFileName */.Qc)(measurement.scenario, measurement.level),
            // CPU of the agents adds up: each can use a core per worker before it saturates.
            generatorBoundCpuPercent: build_level_report/* DEFAULT_GENERATOR_BOUND_CPU_PERCENT */.ug * workers * Math.max(1, parts.length),
        });
        // One saturated agent is enough to make the merged level suspect.
        const boundPart = parts.some((p) => (0,build_level_report/* buildLevelReport */.bP)(p, {
            hlogFile: level.hlogFile,
            generatorBoundCpuPercent: build_level_report/* DEFAULT_GENERATOR_BOUND_CPU_PERCENT */.ug * workers,
        }).generator.generatorBound);
        if (boundPart && !level.generator.generatorBound) {
            level.generator = {
                ...level.generator,
                generatorBound: true,
                note: `${level.generator.note} At least one load agent was saturated on its own.`,
            };
        }
        return level;
    });
    return { levels, measurements: merged.map((m) => m.measurement) };
}
/** Agents' measurements merged per scenario × level, in plan order. */
function mergeAgents(plan, results, agentCount, notes) {
    if (!results)
        return [];
    const out = [];
    for (const scenario of plan.scenarios) {
        for (const level of plan.load.levels) {
            const parts = results.measurements.filter((m) => m.scenario === scenario.name && m.level === level);
            if (parts.length === 0)
                continue;
            if (parts.length < agentCount) {
                notes.push(`${scenario.name} @ ${level}: measured by ${parts.length} of ${agentCount} load agents; its load was lower than planned.`);
            }
            out.push({ measurement: (0,merge_measurements/* mergeLevelMeasurements */.E)(parts, 'sum'), parts });
        }
    }
    return out;
}
/** How far after the common start time an agent's first level may begin before it is called late. */
const LATE_START_TOLERANCE_MS = 1_000;
/**
 * When each load agent really began its first level (its warm-up), against the common start time
 * all were given: one note with every agent's offset, and one per agent that began late (its
 * levels overlapped the others' less than planned, so the merged load was lower at first).
 */
function agentStartNotes(results, startAtMs) {
    if (!results)
        return [];
    const starts = results.agents.flatMap((agent) => {
        const first = agent.levels
            .map((l) => l.measurement.startEpochMs - l.measurement.warmupMs)
            .sort((a, b) => a - b)[0];
        return first === undefined ? [] : [{ agent, offsetMs: first - startAtMs }];
    });
    if (starts.length === 0)
        return [];
    const seconds = (ms) => {
        const tenths = Math.round(ms / 100) / 10;
        return `${tenths >= 0 ? '+' : ''}${tenths.toFixed(1)} s`;
    };
    const notes = [
        `Load agents began their first level at ${starts.map((s) => `${seconds(s.offsetMs)} (agent ${s.agent.agentIndex})`).join(', ')} from the common start time ${new Date(startAtMs).toISOString()}.`,
    ];
    for (const { agent, offsetMs } of starts) {
        if (offsetMs <= LATE_START_TOLERANCE_MS)
            continue;
        const started = agent.status?.startedAt;
        notes.push(`Load agent ${agent.agentIndex} started late: its first level began ${(offsetMs / 1000).toFixed(1)} s after the common start time${started ? ` (its runner started at ${started})` : ''}, so its load overlapped the other agents’ less than planned.`);
    }
    return notes;
}
/** The environment of a cloud run: the VMs' size and region, the tool and commit from here. */
function cloudEnvironment(local, productVm, loadVms, settings) {
    const loadSize = loadVms[0]?.size ?? productVm?.size ?? settings.vmSizes[0] ?? 'unknown';
    return {
        ...local,
        hostname: loadVms.map((vm) => vm.name).join(',') || external_node_os_.hostname(),
        cpuModel: `Azure ${loadSize} (load VM; model not reported)`,
        cpus: (0,vm_sizes/* describeVmSize */.S)(loadSize).vCpus ?? 1,
        memoryBytes: 0,
        os: 'Ubuntu 24.04 LTS (Azure VM), runner in a container',
        nodeVersion: `runner image ${settings.runnerImage}`,
        ...(productVm && { vmSize: productVm.size, region: productVm.region }),
    };
}
//# sourceMappingURL=assemble-azure-report.js.map
// EXTERNAL MODULE: ./lib/core/remote/runner-status.js
var runner_status = __webpack_require__(3953);
// EXTERNAL MODULE: ./lib/core/azure/cloud-init.js
var cloud_init = __webpack_require__(34657);
// EXTERNAL MODULE: ./lib/core/azure/classify-arm-error.js
var classify_arm_error = __webpack_require__(79105);
// EXTERNAL MODULE: ./lib/core/azure/shell-safety.js
var shell_safety = __webpack_require__(51484);
;// CONCATENATED MODULE: ./lib/edges/azure/run-command.js
/**
 * Managed run commands: the way we execute scripts on the VMs. Asynchronous (the create call
 * returns once Azure accepted it), with Azure's own timeout, output and error streamed to append
 * blobs, values passed as parameters (environment variables on the VM; SAS URLs as protected
 * parameters, which Azure never returns). We follow the instance view until the command ends
 * and return its state and exit code; results travel through Blob, never through output tails.
 */



const finalStates = new Set(['Succeeded', 'Failed', 'TimedOut', 'Canceled']);
/** Parameters as Azure wants them. */
function toParameters(values) {
    return Object.entries(values ?? {}).map(([name, value]) => ({ name, value }));
}
/** Translates an SDK error of a run-command call. */
function runCommandError(error, input) {
    const facts = (0,classify_arm_error/* readArmError */.p_)(error);
    const denied = (0,classify_arm_error/* classifyArmError */.X6)(error) === 'denied';
    return new errors/* BenchError */.LR(denied ? 'AZURE_AUTHORIZATION_FAILED' : 'AZURE_RUN_COMMAND_FAILED', `Run command ${input.commandName} on ${input.vmName}: ${facts.code ?? facts.statusCode ?? 'error'}: ${facts.message}`, denied
        ? (0,classify_arm_error/* deniedHint */.vU)(facts.code, facts.message)
        : 'Retry the run; if it repeats, check the VM agent status in the portal (boot diagnostics).', { cause: error });
}
/** Creates a managed run command and follows it until it ends or `waitMs` passes. */
async function runManagedCommand(ctx, input, opts) {
    (0,shell_safety/* assertNoUnsafeValues */.mi)([
        /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/.test(input.commandName)
            ? undefined
            : {
                field: 'commandName',
                shown: JSON.stringify(input.commandName),
                expected: 'letters, digits, - and _',
            },
        ...Object.keys({ ...input.parameters, ...input.protectedParameters }).map((name) => (0,shell_safety/* checkSafeValue */.$Y)('envName', `run-command parameter ${JSON.stringify(name)}`, name)),
    ]);
    ctx.log(`Starting run command ${input.commandName} on ${input.vmName}`);
    try {
        await ctx.compute.virtualMachineRunCommands.createOrUpdate(input.groupName, input.vmName, input.commandName, {
            location: input.location,
            source: { script: input.script },
            parameters: toParameters(input.parameters),
            protectedParameters: toParameters(input.protectedParameters),
            asyncExecution: true,
            timeoutInSeconds: input.timeoutSeconds,
            treatFailureAsDeploymentFailure: false,
            ...(input.outputBlobUri !== undefined && { outputBlobUri: input.outputBlobUri }),
            ...(input.errorBlobUri !== undefined && { errorBlobUri: input.errorBlobUri }),
        }, { updateIntervalInMs: ctx.pollIntervalMs });
    }
    catch (error) {
        throw runCommandError(error, input);
    }
    // Counted in poll intervals of the injected sleep, so tests need no clock.
    let waitedMs = 0;
    for (;;) {
        let view;
        try {
            const command = await ctx.compute.virtualMachineRunCommands.getByVirtualMachine(input.groupName, input.vmName, input.commandName, { expand: 'instanceView' });
            view = command.instanceView;
        }
        catch (error) {
            throw runCommandError(error, input);
        }
        const state = view?.executionState ?? 'Unknown';
        if (finalStates.has(state) || waitedMs >= opts.waitMs) {
            const finished = finalStates.has(state);
            ctx.log(finished
                ? `Run command ${input.commandName} on ${input.vmName}: ${state}, exit code ${view?.exitCode ?? '?'}`
                : `Run command ${input.commandName} on ${input.vmName} still ${state} after ${waitedMs} ms; no longer waiting`);
            return {
                executionState: state,
                finished,
                ...(view?.exitCode !== undefined && { exitCode: view.exitCode }),
                ...(view?.executionMessage && { executionMessage: view.executionMessage }),
                ...(view?.error && { errorTail: view.error.slice(-1000) }),
            };
        }
        await ctx.sleep(ctx.pollIntervalMs);
        waitedMs += ctx.pollIntervalMs;
    }
}
/** One sentence linking a command's logs, for messages and report notes. */
function describeCommandLogs(logs) {
    return `Full logs: ${logs.outputUrl} (output) and ${logs.errorUrl} (errors).`;
}
/** Throws an actionable error unless the command succeeded with exit code 0 (naming its logs when given). */
function expectRunCommandSuccess(outcome, what, logs) {
    if (outcome.finished && outcome.executionState === 'Succeeded' && (outcome.exitCode ?? 0) === 0) {
        return;
    }
    const where = logs ? ` ${describeCommandLogs(logs)}` : '';
    if (!outcome.finished) {
        throw new errors/* BenchError */.LR('AZURE_RUN_COMMAND_TIMEOUT', `${what} did not finish in time (still ${outcome.executionState}).`, `Raise the wait or the run command timeout, or look at what the VM is doing.${where}`);
    }
    const tail = outcome.errorTail ? `\nLast standard error lines:\n${outcome.errorTail}` : '';
    throw new errors/* BenchError */.LR('AZURE_RUN_COMMAND_FAILED', `${what} ended ${outcome.executionState} with exit code ${outcome.exitCode ?? '?'}${outcome.executionMessage ? ` (${outcome.executionMessage})` : ''}.${tail}`, `See the run command's error output.${where} Clean-up still deletes the run's resource group.`);
}
//# sourceMappingURL=run-command.js.map
;// CONCATENATED MODULE: ./lib/edges/azure/run-load-agents.js
/**
 * Starts the load-VM runner on every load VM as an asynchronous managed run command, with its
 * settings as `BENCH_*` parameters (SAS URLs protected), and waits for the commands to end.
 */




/**
 * Starts the runner on every load VM at once and waits for all of them. Returns each agent's
 * outcome; the measurements themselves are read from Blob by the caller.
 */
async function runLoadAgents(ctx, run, opts) {
    const commands = run.loadVms.map((vm, index) => ({ vm, index, command: opts.agent(index, vm) }));
    for (const { command } of commands) {
        const names = Object.keys({ ...command.parameters, ...command.protectedParameters });
        const stray = names.filter((name) => !name.startsWith('BENCH_'));
        if (stray.length > 0) {
            // The runner script hands only BENCH_* variables to the container.
            throw (0,errors/* inputError */.Xu)('AZURE_RUNNER_PARAMETER', `Runner parameters must start with BENCH_: ${stray.join(', ')}.`, 'Rename the parameters; the load-VM runner reads only BENCH_* variables.');
        }
    }
    return Promise.all(commands.map(({ vm, index, command }) => runManagedCommand(ctx, {
        groupName: run.resourceGroup,
        vmName: vm.name,
        location: vm.region,
        commandName: run_names/* runCommandNames */.Ri.runner(index),
        script: cloud_init/* runnerCommandScript */.DM,
        parameters: command.parameters,
        protectedParameters: {
            ...command.protectedParameters,
            BENCH_RUNNER_BUNDLE_URL: opts.bundleUrl,
        },
        timeoutSeconds: opts.timeoutSeconds,
        ...(command.outputBlobUri !== undefined && { outputBlobUri: command.outputBlobUri }),
        ...(command.errorBlobUri !== undefined && { errorBlobUri: command.errorBlobUri }),
    }, { waitMs: (opts.timeoutSeconds + 300) * 1000 })));
}
//# sourceMappingURL=run-load-agents.js.map
;// CONCATENATED MODULE: ./lib/pipeline/azure/run-agents.js
/**
 * The load agents of a cloud run: start every runner command, follow their progress in Blob
 * while they work, notice an agent whose heartbeat stopped, ask the runners to stop when the run
 * is aborted, and read their results back.
 */





/** Sleeps, or rejects at once when `signal` aborts. */
function abortableSleep(ms, signal) {
    if (signal.aborted)
        return Promise.reject(new Error('stopped'));
    return new Promise((resolve, reject) => {
        const onAbort = () => {
            clearTimeout(timer);
            reject(new Error('stopped'));
        };
        const timer = setTimeout(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal.addEventListener('abort', onAbort, { once: true });
    });
}
/** Reads results without throwing (partial report after an abort). */
async function readQuietly(exchange, prefix, agentCount, log) {
    try {
        return await exchange.readRunnerResults(prefix, { agentCount });
    }
    catch (error) {
        log(`Warning: could not read the runners' results: ${(0,errors/* errorSummary */.N5)(error)}`);
        return undefined;
    }
}
/**
 * Starts the runners and waits for their commands, reading progress from Blob meanwhile. Stops
 * waiting when the caller aborts or an agent's heartbeat goes stale; then asks the runners to
 * stop by deleting their run commands. Returns the results once every agent finished.
 */
async function runAgentsAndWatch(input) {
    const { deps, provisioned, prefix, timing } = input;
    const agentCount = provisioned.loadVms.length;
    const stop = new AbortController();
    const onAbort = () => stop.abort(deps.signal?.reason);
    deps.signal?.addEventListener('abort', onAbort, { once: true });
    // The run-command polls sleep on this context: stopping ends them at their next wait.
    const arm = {
        ...deps.arm,
        sleep: (ms) => abortableSleep(ms, stop.signal),
    };
    const agents = runLoadAgents(arm, provisioned, {
        bundleUrl: input.bundleUrl,
        timeoutSeconds: input.runnerTimeoutSeconds,
        agent: (index) => input.agent(index),
    });
    agents.catch(() => undefined);
    const watch = (async () => {
        let lastDone = -1;
        for (;;) {
            await abortableSleep(timing.resultsPollMs, stop.signal);
            let progress;
            try {
                progress = await deps.exchange.readRunnerResults(prefix, { agentCount });
            }
            catch (error) {
                deps.log(`Warning: progress read failed (will retry): ${(0,errors/* errorSummary */.N5)(error)}`);
                continue;
            }
            const done = progress.agents.reduce((n, a) => n + (a.status?.levelsDone ?? 0), 0);
            const total = progress.agents.reduce((n, a) => n + (a.status?.levelsTotal ?? 0), 0);
            if (done !== lastDone) {
                deps.log(`Runners: ${progress.status}, ${done} of ${total || '?'} agent-level(s) done`);
                lastDone = done;
            }
            const nowMs = (deps.now ?? (() => new Date()))().getTime();
            const stale = progress.agents.filter((a) => a.status?.state === 'running' &&
                (0,runner_status/* isHeartbeatStale */.s1)(a.status, nowMs, timing.heartbeatStaleMs));
            if (stale.length > 0) {
                throw new errors/* BenchError */.LR('AZURE_RUNNER_STALLED', `Load agent(s) ${stale.map((a) => a.agentIndex).join(', ')} stopped sending heartbeats (none for ${timing.heartbeatStaleMs} ms).`, 'The load VM or its runner died; see the runner log in the exchange container and retry the run.');
            }
        }
    })();
    watch.catch(() => undefined);
    let commandsEnded = false;
    try {
        const outcomes = await Promise.race([agents, watch]);
        commandsEnded = true;
        const results = await deps.exchange.readRunnerResults(prefix, { agentCount });
        const failed = outcomes
            .map((outcome, index) => ({ outcome, index, agent: results.agents[index] }))
            .filter(({ outcome, agent }) => !outcome.finished ||
            outcome.executionState !== 'Succeeded' ||
            (outcome.exitCode ?? 0) !== 0 ||
            agent?.status?.state !== 'finished');
        if (failed.length > 0) {
            const lines = failed.map(({ outcome, index, agent }) => {
                const status = agent?.status;
                const why = status?.error
                    ? `${status.error.code}: ${status.error.message}`
                    : `runner state ${status?.state ?? 'never reported'}`;
                const logTail = (agent?.log ?? '').trim().split('\n').slice(-5).join('\n    ');
                const commandLogs = input.logs?.(index);
                return (`- agent ${index} on ${provisioned.loadVms[index]?.name ?? '?'}: run command ${outcome.executionState}, exit code ${outcome.exitCode ?? '?'}; ${why}` +
                    (outcome.errorTail
                        ? `\n    stderr: ${outcome.errorTail.trim().split('\n').slice(-3).join('\n    ')}`
                        : '') +
                    (logTail ? `\n    log: ${logTail}` : '') +
                    (commandLogs ? `\n    ${describeCommandLogs(commandLogs)}` : ''));
            });
            throw new errors/* BenchError */.LR('AZURE_RUNNER_FAILED', `The load runner failed on ${failed.length} of ${agentCount} load VM(s):\n${lines.join('\n')}`, 'Read the runner log and status under the run prefix in the exchange container; the resource group is deleted all the same.');
        }
        return results;
    }
    catch (error) {
        if (!stop.signal.aborted)
            stop.abort(error);
        if (!commandsEnded)
            await stopRunners(deps.arm, provisioned, deps.log);
        throw error;
    }
    finally {
        stop.abort(new Error('done'));
        deps.signal?.removeEventListener('abort', onAbort);
    }
}
/**
 * Asks the runners to stop by deleting their run commands (the deletion is started, not
 * followed); the group's deletion ends them for certain.
 */
async function stopRunners(arm, provisioned, log) {
    await Promise.all(provisioned.loadVms.map(async (vm, index) => {
        const name = run_names/* runCommandNames */.Ri.runner(index);
        try {
            await arm.compute.virtualMachineRunCommands.beginDelete(provisioned.resourceGroup, vm.name, name);
            log(`Asked ${vm.name} to stop its runner (deleting run command ${name})`);
        }
        catch (error) {
            log(`Could not stop the runner on ${vm.name}: ${(0,errors/* errorSummary */.N5)(error)}`);
        }
    }));
}
//# sourceMappingURL=run-agents.js.map
;// CONCATENATED MODULE: ./lib/pipeline/azure/run-azure-ab.js



/** The part of a round's results that loaded one side. */
function resultsOfSide(results, side) {
    const agents = results.agents.map((a) => ({
        ...a,
        levels: a.levels.filter((l) => l.side === side),
    }));
    return {
        ...results,
        agents,
        measurements: agents.flatMap((a) => a.levels.map((l) => l.measurement)),
    };
}
/** One side's levels of one round, merged over the agents, with that container's samples. */
function sideLevels(plan, round, side, agentCount, serverSamples, notes = []) {
    return mergeAgentLevels({
        plan,
        results: resultsOfSide(round.results, side),
        agentCount,
        serverSamples,
        notes,
    });
}
/** Wall time of one round's load (both sides), ms. */
function roundDurationMs(plan, steps, mode) {
    const { warmupMs, durationMs, cooldownMs } = plan.load;
    return steps * (mode === 'duet' ? 1 : 2) * (warmupMs + durationMs + cooldownMs);
}
/** Runs rounds until the sequence stops; the rounds land in `input.rounds` as they end. */
async function runAzureAbRounds(input) {
    const { deps, plan, sequence, provisioned, timing } = input;
    const now = deps.now ?? (() => new Date());
    const agentCount = provisioned.loadVms.length;
    const began = now().getTime();
    for (let scheduled = sequence.nextRound(); scheduled; scheduled = sequence.nextRound()) {
        const roundPrefix = `${input.prefix}/round-${scheduled.round}`;
        deps.log(`A/B round ${scheduled.round} (${input.mode}): ${scheduled.steps
            .map((s) => `${s.scenario}@${s.level}: ${s.order.join(input.mode === 'duet' ? ' with ' : ' then ')}`)
            .join('; ')}`);
        const urls = await deps.exchange.uploadRunnerInputs({
            prefix: roundPrefix,
            plan,
            abRound: { ...scheduled, mode: input.mode },
            runnerBundlePath: deps.runnerBundlePath,
        });
        for (const secret of [urls.planUrl, urls.bundleUrl, urls.resultsUrl])
            deps.maskSecret(secret);
        const startAtMs = now().getTime() + timing.startDelayMs;
        const results = await runAgentsAndWatch({
            deps,
            provisioned,
            prefix: roundPrefix,
            timing,
            bundleUrl: urls.bundleUrl,
            runnerTimeoutSeconds: Math.ceil((roundDurationMs(plan, scheduled.steps.length, input.mode) + timing.startDelayMs) / 1000 +
                input.runnerMarginSeconds),
            logs: (index) => input.commandLogs[run_names/* runCommandNames */.Ri.runner(index)],
            agent: (index) => {
                const logs = input.commandLogs[run_names/* runCommandNames */.Ri.runner(index)];
                return {
                    ...(logs && { outputBlobUri: logs.outputBlobUri, errorBlobUri: logs.errorBlobUri }),
                    parameters: {
                        BENCH_TARGET_URL: input.urls.candidate,
                        BENCH_BASELINE_URL: input.urls.baseline,
                        BENCH_AGENT_INDEX: String(index),
                        BENCH_AGENT_COUNT: String(agentCount),
                        BENCH_START_AT: String(startAtMs),
                    },
                    protectedParameters: { BENCH_PLAN_URL: urls.planUrl, BENCH_RESULTS_URL: urls.resultsUrl },
                };
            },
        });
        const round = { round: scheduled.round, results, startAtMs };
        input.rounds.push(round);
        const decision = sequence.recordRound({
            round: scheduled.round,
            baseline: sideLevels(plan, round, 'baseline', agentCount, []).levels,
            candidate: sideLevels(plan, round, 'candidate', agentCount, []).levels,
        }, now().getTime() - began);
        deps.log(decision.note);
        if (decision.stop)
            break;
    }
}
//# sourceMappingURL=run-azure-ab.js.map
// EXTERNAL MODULE: ./lib/edges/azure/cleanup.js
var azure_cleanup = __webpack_require__(39094);
;// CONCATENATED MODULE: ./lib/edges/azure/collect-server-samples.js
/**
 * Fetches the product VM's per-second samples at the end of a run: a managed run command
 * uploads the sampler's file to Blob through a write SAS passed as a protected parameter.
 */



/** Uploads the product VM's sampler file to Blob. */
async function collectServerSamples(ctx, run, opts) {
    const timeoutSeconds = opts.timeoutSeconds ?? 300;
    const outcome = await runManagedCommand(ctx, {
        groupName: run.resourceGroup,
        vmName: run.productVm.name,
        location: run.productVm.region,
        commandName: run_names/* runCommandNames */.Ri.samplesUpload,
        script: cloud_init/* samplesUploadCommandScript */.tq,
        protectedParameters: { BENCH_SAMPLES_URL: opts.samplesUrl },
        timeoutSeconds,
        ...(opts.logs && {
            outputBlobUri: opts.logs.outputBlobUri,
            errorBlobUri: opts.logs.errorBlobUri,
        }),
    }, { waitMs: (timeoutSeconds + 120) * 1000 });
    expectRunCommandSuccess(outcome, 'Uploading the server samples', opts.logs);
}
//# sourceMappingURL=collect-server-samples.js.map
;// CONCATENATED MODULE: ./lib/edges/azure/fleet.js
/**
 * Creates a run's machines: one resource group (recorded before anything is created), a
 * private network per region tried, the product VM and the load VMs. Sizes and regions are
 * tried in order: capacity and quota errors move to the next choice (after deleting the failed
 * VM; its NIC stays reserved by Azure, so the next attempt gets a NIC of its own), throttling and server errors are retried by the clients' retry policy, authorization and
 * policy errors stop at once with a message naming what is missing.
 */




/** A VM create attempt that failed for lack of capacity or quota. */
class CapacityError extends Error {
    code;
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
/** Turns an SDK error into a BenchError, or a CapacityError the caller may fall back from. */
function translate(error, what) {
    if (error instanceof errors/* BenchError */.LR || error instanceof CapacityError)
        return error;
    const facts = (0,classify_arm_error/* readArmError */.p_)(error);
    const kind = (0,classify_arm_error/* classifyArmError */.X6)(error);
    if (kind === 'capacity')
        return new CapacityError(facts.code ?? 'Capacity', facts.message);
    if (kind === 'denied') {
        const code = facts.code === 'RequestDisallowedByPolicy'
            ? 'AZURE_POLICY_DENIED'
            : facts.code === 'MissingSubscriptionRegistration'
                ? 'AZURE_PROVIDER_UNREGISTERED'
                : 'AZURE_AUTHORIZATION_FAILED';
        return new errors/* BenchError */.LR(code, `Azure refused to ${what}: ${facts.code ?? facts.statusCode ?? ''} ${facts.message}`.trim(), (0,classify_arm_error/* deniedHint */.vU)(facts.code, facts.message), { cause: error });
    }
    if (facts.code === 'PlatformImageNotFound') {
        return new errors/* BenchError */.LR('AZURE_OS_IMAGE_MISSING', `Azure refused to ${what}: ${facts.message}`, undefined, { cause: error });
    }
    if (facts.code === 'ResourceGroupBeingDeleted') {
        return new errors/* BenchError */.LR('AZURE_GROUP_BEING_DELETED', `Azure refused to ${what}: a group of the same name is still being deleted.`, 'Re-run the job (a new attempt gets a new group name) or wait until the deletion has finished.', { cause: error });
    }
    return new errors/* BenchError */.LR('AZURE_REQUEST_FAILED', `Azure failed to ${what}: ${facts.code ?? facts.statusCode ?? 'error'}: ${facts.message}`, 'Retry the run; if it keeps failing, check the Azure status page and the activity log of the resource group.', { cause: error });
}
/** Runs one ARM call, translating its failure. */
async function call(what, fn) {
    try {
        return await fn();
    }
    catch (error) {
        throw translate(error, what);
    }
}
/** Deletes the VM a failed attempt left; absent is fine. */
async function deleteLeftover(ctx, groupName, name, signal) {
    try {
        await ctx.compute.virtualMachines.delete(groupName, name, {
            updateIntervalInMs: ctx.pollIntervalMs,
            forceDeletion: true,
            ...(signal && { abortSignal: signal }),
        });
    }
    catch (error) {
        if ((0,classify_arm_error/* classifyArmError */.X6)(error) !== 'not-found')
            throw translate(error, `delete ${name}`);
    }
}
/**
 * Looks the group up before creating it: a group of the same name that another run created (its
 * `bench-run-id` differs, or it has none) is refused, since sharing it would let one run's
 * clean-up delete the other's VMs; one still being deleted gets the re-run hint; this run's own
 * group (a retried step) is reused.
 */
async function refuseForeignGroup(ctx, spec, options) {
    let existing;
    try {
        existing = await ctx.resources.resourceGroups.get(spec.groupName, options);
    }
    catch (error) {
        if ((0,classify_arm_error/* classifyArmError */.X6)(error) === 'not-found')
            return;
        throw translate(error, `look up resource group ${spec.groupName}`);
    }
    if (existing.properties?.provisioningState === 'Deleting') {
        throw new errors/* BenchError */.LR('AZURE_GROUP_BEING_DELETED', `Resource group ${spec.groupName} exists and is still being deleted.`, 'Re-run the job (a new attempt gets a new group name) or wait until the deletion has finished.');
    }
    const ours = spec.tags[run_names/* runTagNames */.iZ.benchRunId];
    const theirs = existing.tags?.[run_names/* runTagNames */.iZ.benchRunId];
    if (theirs === ours) {
        ctx.log(`Resource group ${spec.groupName} already exists for this run; reusing it`);
        return;
    }
    throw new errors/* BenchError */.LR('AZURE_GROUP_TAKEN', `Resource group ${spec.groupName} already exists and belongs to ${theirs === undefined ? 'no bench run (it has no bench-run-id tag)' : `another run (bench-run-id ${theirs})`}; this run is ${ours ?? '?'}.`, 'Two steps or matrix legs produced the same run identity. Give each its own (the job, its inputs and the step id all go into it), or delete the old group if nothing uses it.');
}
/** Like `Promise.all`, but waits for every call to end so none is left running after a failure. */
async function settleAll(calls) {
    const settled = await Promise.allSettled(calls);
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed)
        throw failed.reason;
    return settled.map((s) => s.value);
}
/** Whether a placement group's intent already names exactly `sizes`. */
function sameSizes(intent, sizes) {
    return intent !== undefined && intent.join(',') === sizes.join(',');
}
/** Creates the VMs of a run, recording the group name first. */
async function provisionRun(ctx, spec, opts) {
    (0,resource_specs/* assertAzureRunSpecSafe */.f5)(spec);
    const warnings = (0,resource_specs/* warnAboutRunSpec */.c7)(spec);
    for (const warning of warnings)
        ctx.log(`Warning: ${warning}`);
    const group = spec.groupName;
    const tags = spec.tags;
    const signal = opts.signal;
    const lro = { updateIntervalInMs: ctx.pollIntervalMs, ...(signal && { abortSignal: signal }) };
    const plain = signal ? { abortSignal: signal } : {};
    // Before the name is recorded: a group of another run must never become this run's to delete.
    await refuseForeignGroup(ctx, spec, plain);
    await opts.recordState(group);
    ctx.log(`Creating resource group ${group} in ${spec.regions[0]}`);
    await call(`create resource group ${group}`, () => ctx.resources.resourceGroups.createOrUpdate(group, (0,resource_specs/* buildGroupBody */.Es)(spec.regions[0], tags), plain));
    // Promises, not values: VMs created in parallel share one network per region. A rejected one
    // is forgotten, so the next size tried in that region builds the network again.
    const networks = new Map();
    function ensureNetwork(region) {
        let network = networks.get(region);
        if (!network) {
            const created = createNetwork(region);
            network = created;
            networks.set(region, created);
            created.catch(() => {
                if (networks.get(region) === created)
                    networks.delete(region);
            });
        }
        return network;
    }
    async function createNetwork(region) {
        ctx.log(`Creating the private network in ${region} (NAT gateway for outbound, no public IP on VMs)`);
        const [ip, nsg] = await settleAll([
            call(`create the NAT public IP in ${region}`, () => ctx.network.publicIPAddresses.beginCreateOrUpdateAndWait(group, run_names/* runResourceNames */.Aq.natPublicIp(region), (0,resource_specs/* buildNatPublicIpBody */.qd)(region, tags), lro)),
            call(`create the network security group in ${region}`, () => ctx.network.networkSecurityGroups.beginCreateOrUpdateAndWait(group, run_names/* runResourceNames */.Aq.nsg(region), (0,resource_specs/* buildNsgBody */.JG)(region, tags), lro)),
        ]);
        const nat = await call(`create the NAT gateway in ${region}`, () => ctx.network.natGateways.beginCreateOrUpdateAndWait(group, run_names/* runResourceNames */.Aq.natGateway(region), (0,resource_specs/* buildNatGatewayBody */.Q1)(region, tags, ip.id), lro));
        await call(`create the virtual network in ${region}`, () => ctx.network.virtualNetworks.beginCreateOrUpdateAndWait(group, run_names/* runResourceNames */.Aq.vnet(region), (0,resource_specs/* buildVnetBody */.mb)(region, tags, { nsgId: nsg.id, natGatewayId: nat.id }), lro));
        return { subnetId: (0,resource_specs/* subnetId */.p4)(ctx.subscriptionId, group, region) };
    }
    // The placement group of each region, with the intent it was last created with (undefined: none).
    const placementGroups = new Map();
    /**
     * The region's placement group, with an intent naming `sizes` only. Created (or its intent
     * changed) only while no VM is in it: the product VM's attempts may change it, load VMs reuse
     * it. When Azure refuses the intent (no datacenter serves every size), it is created without
     * one: the VMs still land together, Azure just promises less.
     */
    async function ensurePlacementGroup(region, sizes, mayChangeIntent) {
        const known = placementGroups.get(region);
        if (known && (!mayChangeIntent || sameSizes(known.intent, sizes)))
            return known.id;
        const name = run_names/* runResourceNames */.Aq.placementGroup(region);
        const create = (intent) => call(`create the proximity placement group in ${region}`, () => ctx.compute.proximityPlacementGroups.createOrUpdate(group, name, (0,resource_specs/* buildPlacementGroupBody */.VK)(region, tags, intent), plain));
        let intent = sizes;
        let ppg;
        try {
            ppg = await create(intent);
        }
        catch (error) {
            if (!(error instanceof CapacityError))
                throw error;
            ctx.log(`Azure refused the placement group intent ${sizes.join(', ')} in ${region} (${error.code}); creating it without an intent`);
            intent = undefined;
            ppg = await create(undefined);
        }
        placementGroups.set(region, { id: ppg.id, intent });
        return ppg.id;
    }
    /** Creates NIC + VM once; CapacityError when Azure has no room for it. */
    async function createVm(vmName, nicName, size, region, cloudInit, placement) {
        const [network, placementGroupId] = await settleAll([
            ensureNetwork(region),
            ensurePlacementGroup(region, placement.sizes, placement.mayChangeIntent),
        ]);
        const nic = await call(`create NIC ${nicName}`, () => ctx.network.networkInterfaces.beginCreateOrUpdateAndWait(group, nicName, (0,resource_specs/* buildNicBody */.f2)(region, tags, network.subnetId, size), lro));
        ctx.log(`Creating VM ${vmName} (${size} in ${region})`);
        await call(`create VM ${vmName} (${size} in ${region})`, () => ctx.compute.virtualMachines.createOrUpdate(group, vmName, (0,resource_specs/* buildVmBody */.g0)({
            location: region,
            tags,
            vmSize: size,
            computerName: vmName,
            nicId: nic.id,
            placementGroupId,
            identityResourceId: spec.identityResourceId,
            cloudInit,
            sshPublicKey: spec.sshPublicKey,
        }), lro));
        const privateIp = nic.ipConfigurations?.[0]?.privateIPAddress;
        if (!privateIp) {
            throw new errors/* BenchError */.LR('AZURE_NO_PRIVATE_IP', `NIC ${nicName} has no private address after creation.`, 'Retry the run; report it if it happens again.');
        }
        return { name: vmName, privateIp, size, region };
    }
    /** Tries each (size, region) in order; deletes what a failed try left and logs the fallback. */
    async function createWithFallback(vmName, nicName, choices, cloudInit, placement) {
        const failures = [];
        for (const [i, choice] of choices.entries()) {
            try {
                const vm = await createVm(vmName, (0,run_names/* attemptNic */.mc)(nicName, i + 1), choice.size, choice.region, cloudInit, placement(choice.size));
                if (i > 0) {
                    warnings.push(`${vmName} runs as ${choice.size} in ${choice.region} after: ${failures.join('; ')}.`);
                }
                return vm;
            }
            catch (error) {
                if (!(error instanceof CapacityError))
                    throw error;
                failures.push(`${choice.size} in ${choice.region}: ${error.code}`);
                const next = choices[i + 1];
                ctx.log(`${vmName}: ${choice.size} in ${choice.region} unavailable (${error.code}); ` +
                    (next
                        ? `deleting the failed VM and trying ${next.size} in ${next.region} with a new NIC`
                        : 'no choice left'));
                // Its NIC stays: Azure keeps it reserved for the failed VM; the group deletion takes it.
                await deleteLeftover(ctx, group, vmName, signal);
            }
        }
        throw new errors/* BenchError */.LR('AZURE_NO_CAPACITY', `No VM size and region had room for ${vmName}: ${failures.join('; ')}.`, 'Add more sizes or regions to the settings (vm-sizes, regions), try later, or ask for more vCPU quota in the subscription.');
    }
    const productChoices = spec.vmSizes.flatMap((size) => spec.regions.map((region) => ({ size, region })));
    const productVm = await createWithFallback(run_names/* runResourceNames */.Aq.productVm, run_names/* runResourceNames */.Aq.productNic, productChoices, (0,resource_specs/* productCloudInitFor */.Au)(spec), (size) => ({ sizes: (0,resource_specs/* placementIntentSizes */.wf)(size, spec.loadVmSize), mayChangeIntent: true }));
    // Load VMs stay in the product's region and placement group; only their size may change.
    const loadSizes = [...new Set([spec.loadVmSize ?? productVm.size, ...spec.vmSizes])];
    const loadCloudInit = (0,resource_specs/* loadCloudInitFor */.pn)(spec);
    const loadVms = await settleAll(Array.from({ length: spec.loadAgents }, (_, index) => createWithFallback(run_names/* runResourceNames */.Aq.loadVm(index), run_names/* runResourceNames */.Aq.loadNic(index), loadSizes.map((size) => ({ size, region: productVm.region })), loadCloudInit, 
    // The product VM is in the group already: its intent stays as it is.
    () => ({ sizes: [], mayChangeIntent: false }))));
    ctx.log(`Provisioned ${group}: product ${productVm.size} in ${productVm.region}, ${loadVms.length} load VM(s)`);
    return { resourceGroup: group, productVm, loadVms, warnings };
}
//# sourceMappingURL=fleet.js.map
// EXTERNAL MODULE: ./lib/edges/azure/os-image.js
var os_image = __webpack_require__(12278);
// EXTERNAL MODULE: ./lib/edges/azure/resolve-image-digest.js
var resolve_image_digest = __webpack_require__(65279);
// EXTERNAL MODULE: ./lib/edges/azure/ssh-key.js
var ssh_key = __webpack_require__(95642);
// EXTERNAL MODULE: ./lib/edges/local/environment.js + 1 modules
var local_environment = __webpack_require__(58433);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./lib/pipeline/azure/azure-state.js
/**
 * What a cloud run created, written to a small JSON file (`<out>/azure-state.json` for the CLI)
 * before the first Azure call that creates anything, so that another process (`bench janitor
 * --state`, a re-run, a human) can delete it after a crash or a SIGKILL. It holds names only:
 * never a SAS, a token or a product env value.
 */



/** Version of the state file format. */
const AZURE_STATE_VERSION = 1;
/** File name of the state inside a report directory. */
const AZURE_STATE_FILE = 'azure-state.json';
/** Writes the state atomically (temporary file + rename), so a crash never leaves half a file. */
async function writeAzureState(file, state) {
    await mkdir(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
    await rename(temporary, file);
}
/** Reads and checks a state file; throws `AZURE_STATE_INVALID` (input) when unusable. */
async function readAzureState(file) {
    let text;
    try {
        text = await readFile(file, 'utf8');
    }
    catch (error) {
        throw inputError('AZURE_STATE_MISSING', `Cannot read the Azure state file ${file}: ${error.code ?? 'error'}.`, 'Pass the azure-state.json written into the report directory of the run to clean up.', error);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw inputError('AZURE_STATE_INVALID', `${file} is not JSON.`, 'Delete the group by hand (see docs/azure.md, Clean-up) or run `bench janitor`.', error);
    }
    const state = value;
    if (!state ||
        state.stateVersion !== AZURE_STATE_VERSION ||
        typeof state.subscriptionId !== 'string' ||
        typeof state.resourceGroup !== 'string' ||
        state.resourceGroup === '') {
        throw inputError('AZURE_STATE_INVALID', `${file} is not a bench-action Azure state file (version ${AZURE_STATE_VERSION} with subscriptionId and resourceGroup).`, 'Delete the group by hand (see docs/azure.md, Clean-up) or run `bench janitor`.');
    }
    return state;
}
//# sourceMappingURL=azure-state.js.map
;// CONCATENATED MODULE: ./lib/edges/azure/wait-for-run-ready.js
/**
 * Waits until cloud-init has the product healthy and the load VMs prepared: one managed run
 * command per VM whose outcome is its exit code.
 */



/** Waits until the product is healthy and every load VM is prepared; throws an actionable error otherwise. */
async function waitForRunReady(ctx, run, opts) {
    const waitSeconds = Math.max(1, Math.trunc(opts.readySeconds));
    const checks = [
        {
            vm: run.productVm,
            name: run_names/* runCommandNames */.Ri.productReady,
            script: cloud_init/* productReadyCommandScript */.TE,
            what: 'The product VM',
        },
        ...run.loadVms.map((vm, i) => ({
            vm,
            name: run_names/* runCommandNames */.Ri.loadReady(i),
            script: cloud_init/* loadReadyCommandScript */.Ug,
            what: `Load VM ${vm.name}`,
        })),
    ];
    const outcomes = await Promise.allSettled(checks.map(async (check) => {
        const logs = opts.logs?.[check.name];
        const outcome = await runManagedCommand(ctx, {
            groupName: run.resourceGroup,
            vmName: check.vm.name,
            location: check.vm.region,
            commandName: check.name,
            script: check.script,
            parameters: { BENCH_WAIT_SECONDS: String(waitSeconds) },
            // Azure's own limit sits a little above the script's, so the script reports first.
            timeoutSeconds: waitSeconds + 120,
            ...(logs && { outputBlobUri: logs.outputBlobUri, errorBlobUri: logs.errorBlobUri }),
        }, { waitMs: (waitSeconds + 300) * 1000 });
        expectRunCommandSuccess(outcome, `${check.what} becoming ready`, logs);
    }));
    const failed = outcomes.find((o) => o.status === 'rejected');
    if (failed)
        throw failed.reason;
}
//# sourceMappingURL=wait-for-run-ready.js.map
;// CONCATENATED MODULE: ./lib/pipeline/azure/readiness.js
/**
 * Readiness of a cloud run's VMs: wait for the product and load VMs to report ready, and when
 * they do not, add what their readiness scripts printed to the error (diagnosis only, never
 * parsed).
 */



/** Waits for readiness; on failure adds what the readiness scripts printed to the error. */
async function waitUntilReady(arm, provisioned, readySeconds, logs) {
    try {
        await waitForRunReady(arm, provisioned, { readySeconds, ...(logs && { logs }) });
    }
    catch (error) {
        if (!(error instanceof errors/* BenchError */.LR))
            throw error;
        const reports = await Promise.all([
            readCommandOutput(arm, provisioned.resourceGroup, provisioned.productVm.name, run_names/* runCommandNames */.Ri.productReady),
            ...provisioned.loadVms.map((vm, i) => readCommandOutput(arm, provisioned.resourceGroup, vm.name, run_names/* runCommandNames */.Ri.loadReady(i))),
        ]);
        const reported = reports.filter((r) => r !== '').join('\n');
        throw new errors/* BenchError */.LR(error.code, reported ? `${error.message}\nThe readiness check reported:\n${reported}` : error.message, error.hint, { cause: error });
    }
}
/** The last lines a run command printed (diagnosis only, never parsed), or '' when unavailable. */
async function readCommandOutput(arm, group, vmName, commandName) {
    try {
        const command = await arm.compute.virtualMachineRunCommands.getByVirtualMachine(group, vmName, commandName, { expand: 'instanceView' });
        const view = command.instanceView;
        const text = [view?.output, view?.error].filter((t) => !!t && t.trim() !== '');
        if (text.length === 0)
            return '';
        return `${vmName}: ${text.join('\n').trim().split('\n').slice(-20).join('\n')}`;
    }
    catch {
        return '';
    }
}
//# sourceMappingURL=readiness.js.map
;// CONCATENATED MODULE: ./lib/pipeline/azure/run-azure.js































const DEFAULTS = {
    deleteWaitMs: 150_000,
    readySeconds: 900,
    startDelayMs: 60_000,
    resultsPollMs: 15_000,
    heartbeatStaleMs: 90_000,
    samplesTimeoutSeconds: 300,
    /** Room on top of the plan's duration before Azure stops a runner. */
    runnerMarginSeconds: 900,
};
/**
 * The image as the VM pulls it: a bare `repository:tag` is taken from the run's registry. A
 * reference that names a registry already is kept as it is, even when it is not valid (say, an
 * upper-case repository): prefixing it again gave `myacr.azurecr.io/myacr.azurecr.io/…` in
 * every later message, and the digest lookup reports what is wrong with it.
 */
function qualifyProductImage(image, acrName) {
    if ((0,image_reference/* parseImageReference */.o_)(image) || namesRegistry(image))
        return image;
    return `${acrName.toLowerCase()}.azurecr.io/${image.replace(/^\/+/, '')}`;
}
/** Whether the first part of `image` is a registry host (a dot, a port, or `localhost`). */
function namesRegistry(image) {
    const slash = image.indexOf('/');
    if (slash <= 0)
        return false;
    const first = image.slice(0, slash);
    return first.includes('.') || first.includes(':') || first.toLowerCase() === 'localhost';
}
/** The image target of a plan, or an input error saying why a cloud run needs one. */
function imageTargetOf(plan) {
    if (plan.target.kind !== 'image') {
        throw (0,errors/* inputError */.Xu)('AZURE_TARGET_NOT_IMAGE', `A cloud run deploys a container image, but the config's target is a ${plan.target.kind} target.`, 'Use a product with `image:` in its product.yml (e.g. target: { product: reframe }), or run it locally.');
    }
    return plan.target;
}
/** Throws one input error listing every unsafe setting (nothing has reached Azure yet). */
function assertAzureSettingsValid(settings) {
    const problems = (0,azure_settings/* validateAzureSettings */.Fv)(settings);
    if (problems.length === 0)
        return;
    throw (0,errors/* inputError */.Xu)('AZURE_SETTINGS_INVALID', `Azure settings are not usable:\n${problems.map((p) => `- ${p.field}: got ${p.shown}, expected ${p.expected}`).join('\n')}`, 'Fix every setting listed (flags or environment variables; see docs/azure.md, Settings).');
}
/** Builds the run spec for a plan with its image already pinned; throws when a value is unsafe. */
function buildSpecForPlan(input) {
    const target = imageTargetOf(input.plan);
    const spec = buildAzureRunSpec({
        settings: input.settings,
        run: input.run,
        runUrl: input.runUrl,
        now: input.now,
        product: productFromImageTarget({ ...target, image: input.pinnedImage }),
        sshPublicKey: input.sshPublicKey,
    });
    return input.baseline ? { ...spec, baseline: input.baseline } : spec;
}
/** The baseline image target of a plan's A/B, or an input error saying why Azure needs one. */
function baselineImageOf(plan) {
    if (!plan.baseline)
        return undefined;
    if (plan.baseline.kind !== 'image') {
        throw (0,errors/* inputError */.Xu)('AZURE_BASELINE_NOT_IMAGE', `A same-VM A/B on Azure runs two container images, but the config's baseline is a ${plan.baseline.kind} target.`, 'Give `baseline-image` (action), or a config `baseline:` that names an image or a product with one.');
    }
    return plan.baseline;
}
/** The A/B layout of a plan on the given sizes (before anything is created), if it has a baseline. */
function abLayoutOf(plan, vmSizes) {
    if (!baselineImageOf(plan))
        return undefined;
    return (0,plan_azure_ab/* planAzureAb */.m7)({
        compare: plan.compare ?? run_comparison/* DEFAULT_COMPARE_PLAN */.Q,
        vmSizes,
        productPort: imageTargetOf(plan).port,
    });
}
/** Runs the plan on Azure VMs and returns its report; see `AzureRunOptions.cleanup`. */
async function runAzureBenchmark(plan, settings, deps, options) {
    const now = deps.now ?? (() => new Date());
    const { log, signal } = deps;
    const timing = { ...DEFAULTS, ...definedOnly(options) };
    const environmentPromise = (0,local_environment/* collectEnvironment */.m)({ cwd: options.cwd });
    // Phase 1: everything that can be checked or looked up without creating anything.
    const prepared = await prepareRun(plan, settings, deps, options, now);
    const { spec, state, prefix } = prepared;
    const group = spec.groupName;
    let provisioned;
    let results;
    let serverSamples = [];
    let baselineSamples = [];
    /** The A/B sequence and its rounds, once the VMs are up (same-VM A/B only). */
    let abRun;
    const notes = [];
    let uploaded = false;
    /** The common start time the agents were given, once they were started. */
    let startAt;
    let cleanup;
    let cleanupError;
    try {
        // Ctrl-C while the digest was looked up: nothing was created yet.
        if (signal?.aborted)
            throw signal.reason;
        // Phase 2: provision and wait until the product is healthy.
        provisioned = await provisionRun(deps.arm, spec, {
            recordState: () => deps.recordState(state),
            ...(signal && { signal }),
        });
        notes.push(...provisioned.warnings);
        await waitUntilReady(deps.arm, provisioned, timing.readySeconds, prepared.commandLogs);
        // Phase 3: the load agents, from one start time.
        const urls = await deps.exchange.uploadRunnerInputs({
            prefix,
            plan,
            runnerBundlePath: deps.runnerBundlePath,
        });
        uploaded = true;
        const samplesUrl = deps.samples.samplesUrl(urls.resultsUrl);
        for (const secret of [urls.planUrl, urls.bundleUrl, urls.resultsUrl, samplesUrl]) {
            deps.maskSecret(secret);
        }
        const targetUrl = `http://${provisioned.productVm.privateIp}:${prepared.target.port}`;
        if (prepared.ab) {
            const { ab } = prepared;
            abRun = startAbSequence(plan, prepared, provisioned.productVm.size);
            if (ab.layout.modeNote)
                log(ab.layout.modeNote);
            if (abRun.cores)
                log(abRun.cores.note);
            await runAzureAbRounds({
                deps,
                plan,
                sequence: abRun.sequence,
                mode: ab.layout.mode,
                provisioned,
                prefix,
                timing,
                runnerMarginSeconds: DEFAULTS.runnerMarginSeconds,
                urls: {
                    candidate: targetUrl,
                    baseline: `http://${provisioned.productVm.privateIp}:${ab.layout.baselinePort}`,
                },
                commandLogs: prepared.commandLogs,
                rounds: abRun.rounds,
            });
        }
        else {
            startAt = now().getTime() + timing.startDelayMs;
            const agentCount = provisioned.loadVms.length;
            log(`Starting ${agentCount} runner(s) against ${targetUrl}; first level at ${new Date(startAt).toISOString()}`);
            results = await runAgentsAndWatch({
                deps,
                provisioned,
                prefix,
                timing,
                bundleUrl: urls.bundleUrl,
                runnerTimeoutSeconds: Math.ceil(((0,run_exchange/* estimatePlanDurationMs */.wf)(plan) + timing.startDelayMs) / 1000 +
                    DEFAULTS.runnerMarginSeconds),
                logs: (index) => prepared.commandLogs[run_names/* runCommandNames */.Ri.runner(index)],
                agent: (index) => ({
                    ...commandLogUris(prepared.commandLogs[run_names/* runCommandNames */.Ri.runner(index)]),
                    parameters: {
                        BENCH_TARGET_URL: targetUrl,
                        BENCH_AGENT_INDEX: String(index),
                        BENCH_AGENT_COUNT: String(agentCount),
                        BENCH_START_AT: String(startAt),
                    },
                    protectedParameters: { BENCH_PLAN_URL: urls.planUrl, BENCH_RESULTS_URL: urls.resultsUrl },
                }),
            });
        }
        // Phase 4: the product VM's samples (their absence costs server CPU, not the measurements).
        ({ product: serverSamples, baseline: baselineSamples } = await readServerSamples(deps, provisioned, {
            samplesUrl,
            prefix,
            notes,
            logs: prepared.commandLogs[run_names/* runCommandNames */.Ri.samplesUpload],
            baseline: prepared.ab !== undefined,
        }));
    }
    catch (error) {
        if (!signal?.aborted)
            throw error;
        log(`Stopped: ${(0,errors/* errorSummary */.N5)(signal.reason)}`);
        if (abRun) {
            abRun.sequence.abort('interrupted', `interrupted during round ${abRun.rounds.length + 1}`);
        }
        else if (uploaded) {
            results = await readQuietly(deps.exchange, prefix, provisioned?.loadVms.length ?? 0, log);
        }
    }
    finally {
        if (options.cleanup === 'inline' && !signal?.aborted) {
            try {
                if (uploaded)
                    await deps.exchange.deleteRunFiles(prefix).catch(() => 0);
                cleanup = await (0,azure_cleanup/* deleteRunGroup */.Gb)(deps.arm, group, { waitMs: timing.deleteWaitMs });
                await deps.recordState({ ...state, cleanup: cleanup.deleted ? 'deleted' : 'pending' });
            }
            catch (error) {
                // Reported, never thrown over the run's own outcome; the janitor is the backstop.
                cleanupError = (0,errors/* errorSummary */.N5)(error);
                log(`Warning: clean-up of ${group} failed: ${cleanupError}`);
            }
        }
    }
    // Phase 5: the report.
    const interrupted = signal?.aborted === true;
    const productVm = provisioned?.productVm;
    const loadVms = provisioned?.loadVms ?? [];
    const environment = cloudEnvironment(await environmentPromise, productVm, loadVms, settings);
    const finishedAt = now();
    const candidateTarget = {
        kind: 'image',
        url: productVm ? `http://${productVm.privateIp}:${prepared.target.port}` : '',
        ...(prepared.target.product !== undefined && { product: prepared.target.product }),
        image: prepared.pinnedImage,
        ...(prepared.imageDigest !== undefined && { imageDigest: prepared.imageDigest }),
    };
    const sideReport = (id, levels, target, extraNotes) => (0,build_run_report/* buildRunReport */.I)({
        id,
        plan,
        startedAt: prepared.startedAt,
        finishedAt,
        levels,
        environment,
        target,
        interrupted,
        notes: extraNotes,
    });
    const groupNotes = [];
    if (interrupted)
        groupNotes.push(`Resource group ${group} is left for the caller to delete.`);
    if (cleanup?.pending) {
        groupNotes.push(`Resource group ${group} was still being deleted when the report was written.`);
    }
    if (cleanupError !== undefined)
        groupNotes.push(`Clean-up of ${group} failed: ${cleanupError}`);
    const loadSizes = [...new Set(loadVms.map((vm) => vm.size))];
    if (productVm && loadSizes.some((size) => size !== productVm.size)) {
        groupNotes.push(`Load VMs ran as ${loadSizes.join(', ')}; the product VM as ${productVm.size}.`);
    }
    const common = {
        resourceGroup: group,
        ...(productVm && { productVm }),
        loadVms,
        ...(cleanup && { cleanup }),
        ...(cleanupError !== undefined && { cleanupError }),
    };
    if (abRun && prepared.ab) {
        const ab = prepared.ab;
        const baselineTarget = {
            kind: 'image',
            url: productVm ? `http://${productVm.privateIp}:${ab.layout.baselinePort}` : '',
            ...(ab.target.product !== undefined && { product: ab.target.product }),
            image: ab.pinnedImage,
            ...(ab.imageDigest !== undefined && { imageDigest: ab.imageDigest }),
        };
        // Every round of each side, rebuilt with its own container's samples now that they are in.
        const built = abRun.rounds.map((round) => ({
            round,
            baseline: sideLevels(plan, round, 'baseline', loadVms.length, baselineSamples),
            candidate: sideLevels(plan, round, 'candidate', loadVms.length, serverSamples),
        }));
        const rounds = {
            baseline: built.map((b) => sideReport(`${prepared.id}-baseline-${b.round.round}`, b.baseline.levels, baselineTarget, [])),
            candidate: built.map((b) => sideReport(`${prepared.id}-candidate-${b.round.round}`, b.candidate.levels, candidateTarget, [])),
        };
        const comparison = abRun.sequence.rounds().length > 0 ? abRun.sequence.result() : undefined;
        const candidateIndex = medianIndex(rounds.candidate);
        const baselineIndex = medianIndex(rounds.baseline);
        const first = built[0];
        const startNotes = first ? agentStartNotes(first.round.results, first.round.startAtMs) : [];
        const design = `Same-VM A/B on Azure (${ab.layout.mode}): the baseline ${ab.pinnedImage} and the candidate ${prepared.pinnedImage} ran side by side on ${productVm?.name ?? 'the product VM'} (ports ${ab.layout.baselinePort} and ${ab.layout.candidatePort}), driven by the same ${loadVms.length} load VM(s); ${built.length} round(s) per side (${comparison?.stopping?.note ?? 'no round finished'}).`;
        const median = (side, index) => `This report is the ${side}'s median round (round ${index + 1} of ${built.length}); see rounds/ for all of them.`;
        const candidateLevels = built[candidateIndex]?.candidate ?? { levels: [], measurements: [] };
        const baselineLevels = built[baselineIndex]?.baseline ?? { levels: [], measurements: [] };
        const candidateReport = sideReport(prepared.id, candidateLevels.levels, candidateTarget, [
            design,
            ...(ab.layout.modeNote ? [ab.layout.modeNote] : []),
            median('candidate', candidateIndex),
            ...startNotes,
            ...notes,
            ...groupNotes,
        ]);
        const baseline = sideReport(`${prepared.id}-baseline`, baselineLevels.levels, baselineTarget, [
            design,
            median('baseline', baselineIndex),
            ...notes,
        ]);
        const report = comparison
            ? (0,thresholds/* attachThresholds */.c7)(plan, { ...candidateReport, comparison }, comparison)
            : (0,thresholds/* attachThresholds */.c7)(plan, candidateReport);
        return {
            report,
            levels: candidateLevels.levels,
            measurements: candidateLevels.measurements,
            hlogs: (0,hlog/* renderHlogFiles */.OV)(candidateLevels.measurements, environment.toolVersion),
            baseline,
            ...(comparison && { comparison }),
            rounds,
            ...common,
        };
    }
    const { levels, measurements } = mergeAgentLevels({
        plan,
        results,
        agentCount: loadVms.length,
        serverSamples,
        notes,
    });
    if (startAt !== undefined)
        notes.push(...agentStartNotes(results, startAt));
    const report = (0,thresholds/* attachThresholds */.c7)(plan, sideReport(prepared.id, levels, candidateTarget, [...notes, ...groupNotes]));
    return {
        report,
        levels,
        measurements,
        hlogs: (0,hlog/* renderHlogFiles */.OV)(measurements, environment.toolVersion),
        ...common,
    };
}
/** Index of the median round (see `selectMedianRound`); 0 for no rounds. */
function medianIndex(rounds) {
    const chosen = (0,select_median_round/* selectMedianRound */.D)(rounds);
    return chosen ? Math.max(0, rounds.indexOf(chosen)) : 0;
}
/** Starts the A/B sequence once the product VM's size (and so its vCPUs) is known. */
function startAbSequence(plan, prepared, productSize) {
    const ab = prepared.ab;
    const compare = plan.compare ?? run_comparison/* DEFAULT_COMPARE_PLAN */.Q;
    const vCpus = (0,vm_sizes/* describeVmSize */.S)(productSize).vCpus;
    const cores = ab.layout.mode === 'duet' && vCpus !== undefined
        ? (0,plan_azure_ab/* azureCoreSplit */.BI)(vCpus, productSize)
        : undefined;
    const sequence = (0,ab_sequence/* createAbSequence */.T)({
        mode: ab.layout.mode,
        seed: ab.seed,
        budget: {
            minRounds: compare.minRounds,
            maxRounds: compare.maxRounds,
            ...(compare.timeBudgetMs !== undefined ? { timeBudgetMs: compare.timeBudgetMs } : {}),
        },
        steps: (0,ab_schedule/* listAbSteps */.BE)(plan.scenarios, plan.load.model, plan.load.levels),
        threshold: compare.thresholdFraction,
        ...(compare.metrics ? { metrics: compare.metrics } : {}),
        baselineLabel: `baseline (${ab.pinnedImage})`,
        candidateLabel: `candidate (${prepared.pinnedImage})`,
        ...(cores ? { cores } : {}),
    });
    return { sequence, ...(cores && { cores }), rounds: [] };
}
/**
 * Phase 1: checks the settings, pins the image, describes the run, checks that the pinned OS
 * image exists in every region and obtains the key that signs the run's SAS URLs; creates nothing.
 */
async function prepareRun(plan, settings, deps, options, now) {
    // Everything that can be checked without Azure is checked first, all problems at once.
    assertAzureSettingsValid(settings);
    const target = imageTargetOf(plan);
    const image = qualifyProductImage(target.image, settings.acrName);
    // A/B: decided before anything is looked up, so a duet the sizes cannot run fails at once.
    const baselineTarget = baselineImageOf(plan);
    const layout = abLayoutOf(plan, settings.vmSizes);
    const startedAt = now();
    const id = (0,run_ids/* newRunId */.F$)(startedAt);
    // Each tag is resolved to its digest once; both VMs' pulls and the report use the digest.
    const pin = async (what, reference) => {
        deps.log(`Pinning ${reference} to its digest`);
        const pinned = await (deps.resolveImage
            ? deps.resolveImage(reference)
            : (0,resolve_image_digest/* resolveImageDigest */.C)(reference, {
                credential: deps.credential,
                tenantId: settings.tenantId,
                log: deps.log,
            }));
        deps.log(`${what}: ${pinned}`);
        return pinned;
    };
    const digestOf = (pinned) => /@(sha256:[a-f0-9]{64})$/.exec(pinned)?.[1];
    const pinnedImage = await pin('Product image', image);
    const imageDigest = digestOf(pinnedImage);
    let ab;
    if (baselineTarget && layout) {
        const pinnedBaseline = await pin('Baseline image', qualifyProductImage(baselineTarget.image, settings.acrName));
        const baselineDigest = digestOf(pinnedBaseline);
        ab = {
            target: baselineTarget,
            pinnedImage: pinnedBaseline,
            ...(baselineDigest !== undefined && { imageDigest: baselineDigest }),
            layout,
            seed: plan.compare?.seed ?? (0,ab_schedule/* drawScheduleSeed */.X)(),
        };
    }
    const spec = buildSpecForPlan({
        plan,
        settings,
        run: options.run,
        runUrl: options.runUrl,
        now: startedAt,
        pinnedImage,
        sshPublicKey: (deps.sshPublicKey ?? ssh_key/* generateThrowawaySshPublicKey */.C)(),
        ...(ab && {
            baseline: { image: ab.pinnedImage, hostPort: ab.layout.baselinePort, mode: ab.layout.mode },
        }),
    });
    const specProblems = (0,resource_specs/* validateAzureRunSpec */.ys)(spec);
    if (specProblems.length > 0) {
        throw (0,errors/* inputError */.Xu)('AZURE_RUN_SPEC_INVALID', `The run cannot be described safely:\n${specProblems.map((p) => `- ${p.field}: got ${p.shown}, expected ${p.expected}`).join('\n')}`, 'Fix the values listed (config, product.yml or Azure settings).');
    }
    // Looked up before anything is created: a missing image or Blob role would otherwise show only
    // once the group and VMs exist (VM create refused, SAS signing refused with the VMs up).
    deps.log(`Checking the Ubuntu image in ${spec.regions.join(', ')} and the Blob key delegation`);
    await (0,os_image/* assertOsImageAvailable */.LL)(deps.arm, spec.regions);
    await deps.exchange.prepareSigning(plan);
    const prefix = `${spec.groupName}/${id}`;
    // Every run command streams its output and errors to append blobs, linked when a step fails.
    const commandLogs = await deps.exchange.createCommandLogs(prefix, plan, (0,run_names/* allRunCommandNames */.Wv)(spec.loadAgents));
    for (const logs of Object.values(commandLogs)) {
        deps.maskSecret(logs.outputBlobUri);
        deps.maskSecret(logs.errorBlobUri);
    }
    return {
        commandLogs,
        ...(ab && { ab }),
        id,
        startedAt,
        target,
        pinnedImage,
        ...(imageDigest !== undefined && { imageDigest }),
        spec,
        prefix,
        state: {
            stateVersion: AZURE_STATE_VERSION,
            subscriptionId: settings.subscriptionId,
            resourceGroup: spec.groupName,
            recordedAt: startedAt.toISOString(),
            exchange: {
                storageAccount: options.storageAccount ?? settings.storageAccount,
                container: settings.storageContainer,
                prefix,
            },
        },
    };
}
/** Phase 4: the product VM's samples; a failure is a note, never an exception. */
async function readServerSamples(deps, provisioned, input) {
    try {
        await collectServerSamples(deps.arm, provisioned, {
            samplesUrl: input.samplesUrl,
            timeoutSeconds: DEFAULTS.samplesTimeoutSeconds,
            ...(input.logs && { logs: input.logs }),
        });
        const text = (await deps.samples.readSamples(input.prefix)) ?? '';
        const parsed = parseServerSamples(text);
        if (parsed.samples.length === 0) {
            input.notes.push('The product VM uploaded no usable server samples: server CPU is missing.');
        }
        const baseline = input.baseline ? parseServerSamples(text, 'baseline').samples : [];
        if (input.baseline && baseline.length === 0) {
            input.notes.push("The product VM uploaded no usable samples of the baseline container: the baseline's server CPU is missing.");
        }
        return { product: parsed.samples, baseline };
    }
    catch (error) {
        input.notes.push(`Server samples could not be collected: ${(0,errors/* errorSummary */.N5)(error)}${input.logs ? ` ${describeCommandLogs(input.logs)}` : ''}`);
        deps.log(`Warning: server samples could not be collected: ${(0,errors/* errorSummary */.N5)(error)}`);
        return { product: [], baseline: [] };
    }
}
/** A run command's `outputBlobUri`/`errorBlobUri`, when its logs were signed. */
function commandLogUris(logs) {
    return logs ? { outputBlobUri: logs.outputBlobUri, errorBlobUri: logs.errorBlobUri } : {};
}
/** Keeps only the options that were given, so defaults fill the rest. */
function definedOnly(options) {
    const out = {};
    for (const key of Object.keys(DEFAULTS)) {
        const value = options[key];
        if (typeof value === 'number')
            out[key] = value;
    }
    return out;
}
//# sourceMappingURL=run-azure.js.map

/***/ })

};
