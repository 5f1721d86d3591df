package com.aliyun.oss;

import java.io.InputStream;

/**
 * A stub of the Aliyun OSS client interface under its exact name (com.aliyun.oss:aliyun-sdk-oss does not resolve
 * here), for the external-client fixtures: only what they call.
 */
public interface OSS {

    Object putObject(String bucketName, String key, InputStream input);

    void shutdown();
}
