import { z } from 'zod';
export declare const OBJECT_STORAGE_PATTERN: RegExp;
export declare const STORAGE_TYPES: readonly ["pvc", "nfs", "emptyDir", "hostPath", "none"];
export declare const ACCESS_MODES: readonly ["ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod"];
export declare const storageSchema: z.ZodPrefault<z.ZodObject<{
    type: z.ZodDefault<z.ZodEnum<{
        none: "none";
        pvc: "pvc";
        nfs: "nfs";
        emptyDir: "emptyDir";
        hostPath: "hostPath";
    }>>;
    subPath: z.ZodDefault<z.ZodNullable<z.ZodString>>;
    pvc: z.ZodPrefault<z.ZodObject<{
        existingClaim: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        storageClass: z.ZodDefault<z.ZodNullable<z.ZodUnion<readonly [z.ZodLiteral<"-">, z.ZodString]>>>;
        size: z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>;
        accessModes: z.ZodDefault<z.ZodArray<z.ZodEnum<{
            ReadWriteOnce: "ReadWriteOnce";
            ReadOnlyMany: "ReadOnlyMany";
            ReadWriteMany: "ReadWriteMany";
            ReadWriteOncePod: "ReadWriteOncePod";
        }>>>;
        keep: z.ZodDefault<z.ZodBoolean>;
        annotations: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
        dataSource: z.ZodDefault<z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodUnknown>>>;
    }, z.core.$strict>>;
    nfs: z.ZodPrefault<z.ZodObject<{
        server: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        path: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        readOnly: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>>;
    emptyDir: z.ZodPrefault<z.ZodObject<{
        sizeLimit: z.ZodDefault<z.ZodNullable<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>>;
        medium: z.ZodDefault<z.ZodEnum<{
            "": "";
            Memory: "Memory";
        }>>;
    }, z.core.$strict>>;
    hostPath: z.ZodPrefault<z.ZodObject<{
        path: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        type: z.ZodDefault<z.ZodEnum<{
            "": "";
            DirectoryOrCreate: "DirectoryOrCreate";
            Directory: "Directory";
            FileOrCreate: "FileOrCreate";
            File: "File";
            Socket: "Socket";
            CharDevice: "CharDevice";
            BlockDevice: "BlockDevice";
        }>>;
        iUnderstandTheRisk: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>>;
}, z.core.$strict>>;
export declare const modelRepositorySchema: z.ZodPrefault<z.ZodObject<{
    path: z.ZodDefault<z.ZodString>;
    storage: z.ZodPrefault<z.ZodObject<{
        type: z.ZodDefault<z.ZodEnum<{
            none: "none";
            pvc: "pvc";
            nfs: "nfs";
            emptyDir: "emptyDir";
            hostPath: "hostPath";
        }>>;
        subPath: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        pvc: z.ZodPrefault<z.ZodObject<{
            existingClaim: z.ZodDefault<z.ZodNullable<z.ZodString>>;
            storageClass: z.ZodDefault<z.ZodNullable<z.ZodUnion<readonly [z.ZodLiteral<"-">, z.ZodString]>>>;
            size: z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>;
            accessModes: z.ZodDefault<z.ZodArray<z.ZodEnum<{
                ReadWriteOnce: "ReadWriteOnce";
                ReadOnlyMany: "ReadOnlyMany";
                ReadWriteMany: "ReadWriteMany";
                ReadWriteOncePod: "ReadWriteOncePod";
            }>>>;
            keep: z.ZodDefault<z.ZodBoolean>;
            annotations: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
            dataSource: z.ZodDefault<z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodUnknown>>>;
        }, z.core.$strict>>;
        nfs: z.ZodPrefault<z.ZodObject<{
            server: z.ZodDefault<z.ZodNullable<z.ZodString>>;
            path: z.ZodDefault<z.ZodNullable<z.ZodString>>;
            readOnly: z.ZodDefault<z.ZodBoolean>;
        }, z.core.$strict>>;
        emptyDir: z.ZodPrefault<z.ZodObject<{
            sizeLimit: z.ZodDefault<z.ZodNullable<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>>;
            medium: z.ZodDefault<z.ZodEnum<{
                "": "";
                Memory: "Memory";
            }>>;
        }, z.core.$strict>>;
        hostPath: z.ZodPrefault<z.ZodObject<{
            path: z.ZodDefault<z.ZodNullable<z.ZodString>>;
            type: z.ZodDefault<z.ZodEnum<{
                "": "";
                DirectoryOrCreate: "DirectoryOrCreate";
                Directory: "Directory";
                FileOrCreate: "FileOrCreate";
                File: "File";
                Socket: "Socket";
                CharDevice: "CharDevice";
                BlockDevice: "BlockDevice";
            }>>;
            iUnderstandTheRisk: z.ZodDefault<z.ZodBoolean>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    credentials: z.ZodPrefault<z.ZodObject<{
        s3: z.ZodPrefault<z.ZodObject<{
            secretName: z.ZodDefault<z.ZodNullable<z.ZodString>>;
            accessKeyIdKey: z.ZodDefault<z.ZodString>;
            secretAccessKeyKey: z.ZodDefault<z.ZodString>;
            sessionTokenKey: z.ZodDefault<z.ZodNullable<z.ZodString>>;
            region: z.ZodDefault<z.ZodNullable<z.ZodString>>;
            endpoint: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        }, z.core.$strict>>;
        gcs: z.ZodPrefault<z.ZodObject<{
            secretName: z.ZodDefault<z.ZodNullable<z.ZodString>>;
            key: z.ZodDefault<z.ZodString>;
        }, z.core.$strict>>;
        azure: z.ZodPrefault<z.ZodObject<{
            secretName: z.ZodDefault<z.ZodNullable<z.ZodString>>;
            accountNameKey: z.ZodDefault<z.ZodString>;
            accountKeyKey: z.ZodDefault<z.ZodString>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    loader: z.ZodPrefault<z.ZodObject<{
        enabled: z.ZodDefault<z.ZodBoolean>;
        image: z.ZodPrefault<z.ZodObject<{
            registry: z.ZodDefault<z.ZodNullable<z.ZodString>>;
            repository: z.ZodDefault<z.ZodString>;
            tag: z.ZodDefault<z.ZodNullable<z.ZodString>>;
            digest: z.ZodDefault<z.ZodNullable<z.ZodString>>;
            pullPolicy: z.ZodDefault<z.ZodEnum<{
                Always: "Always";
                IfNotPresent: "IfNotPresent";
                Never: "Never";
            }>>;
        }, z.core.$strict>>;
        sourceUrl: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        command: z.ZodDefault<z.ZodArray<z.ZodString>>;
        args: z.ZodDefault<z.ZodArray<z.ZodString>>;
        resources: z.ZodPrefault<z.ZodObject<{
            requests: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>>;
            limits: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
}, z.core.$strict>>;
export declare const secretNameSchema: () => z.ZodString;
export type ModelRepository = z.output<typeof modelRepositorySchema>;
