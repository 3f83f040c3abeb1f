export const id = 401;
export const ids = [401];
export const modules = {

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

/***/ })

};
