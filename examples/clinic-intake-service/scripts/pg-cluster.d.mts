// Types of pg-cluster.mjs, for the tests.
export interface Cluster {
  bin: string;
  dir: string;
  data: string;
  user: string | undefined;
  port: number;
}
export declare function postgresBin(): string;
export declare function startCluster(): Promise<Cluster & { url: string }>;
export declare function startServer(cluster: Cluster): void;
export declare function stopServer(cluster: Cluster): void;
export declare function removeCluster(cluster: Cluster): void;
