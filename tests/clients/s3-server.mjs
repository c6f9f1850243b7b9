// An S3-compatible server for the media storage tests: s3rver on 127.0.0.1, one bucket, files in a folder.
// Usage: node s3-server.mjs <port> <folder> <bucket>; prints "ready" once it listens. Credentials: S3RVER / S3RVER.
import S3rver from 's3rver';

const [port, directory, bucket] = process.argv.slice(2);
const server = new S3rver({ address: '127.0.0.1', port: Number(port), directory, silent: true, configureBuckets: [{ name: bucket }] });
await server.run();
console.log('ready');
